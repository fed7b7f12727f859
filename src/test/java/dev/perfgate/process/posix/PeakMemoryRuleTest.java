package dev.perfgate.process.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfgate.process.PeakMemory;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeakMemoryRuleTest {

    @Test
    void rusageAboveTheJvmsPeakIsTheRunsOwnAndExact() {
        assertEquals(new PeakMemory(300_000, "rusage"), PeakMemoryRule.linux(300_000, 120_000, 250_000));
    }

    @Test
    void rusageAtTheJvmsPeakIsInheritedSoTheSampleIsUsed() {
        assertEquals(new PeakMemory(1_100, "proc_vmhwm_sampled"), PeakMemoryRule.linux(120_000, 120_000, 1_100));
    }

    @Test
    void unknownJvmPeakNeverTrustsRusage() {
        assertEquals(new PeakMemory(900, "proc_vmhwm_sampled"), PeakMemoryRule.linux(120_000, -1, 900));
        assertNull(PeakMemoryRule.linux(120_000, -1, -1));
    }

    @Test
    void noTrustworthyFigureIsOmittedNotGuessed() {
        assertNull(PeakMemoryRule.linux(47_000, 60_000, -1));
    }

    @Test
    void macOsBytesBecomeKibibytesRoundedUp() {
        assertEquals(new PeakMemory(2, "rusage_bytes"), PeakMemoryRule.mac(1025));
        assertNull(PeakMemoryRule.mac(0));
    }

    @Test
    void everySourceTheRuleWritesIsOneTheReceiptSchemaAllows() throws Exception {
        JsonNode schema;
        try (InputStream in =
                PeakMemoryRule.class.getResourceAsStream("/schema/perfgate.paired.v1.perfgate.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        Set<String> allowed = new HashSet<>();
        schema.at("/$defs/PairedSampleHalf/properties/max_rss_source/enum")
                .forEach(value -> allowed.add(value.asText()));

        assertEquals(
                Set.of(PeakMemoryRule.RUSAGE, PeakMemoryRule.PROC_VMHWM_SAMPLED, PeakMemoryRule.RUSAGE_BYTES), allowed);
    }
}

package dev.perfgate.process.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.perfgate.process.PeakMemory;
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
}

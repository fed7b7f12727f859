package dev.perfgate.paired;

import static dev.perfgate.paired.Fakes.request;
import static dev.perfgate.paired.Fakes.useCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.process.PeakMemory;
import dev.perfgate.process.ResourceUsage;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.ReceiptReader;
import dev.perfgate.receipt.ReceiptWriter;
import dev.perfgate.receipt.SchemaValidation;
import dev.perfgate.testing.FakeRunner;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every receipt the use case writes validates against the v1 schema and reads back unchanged. */
class ReceiptContractTest {

    private final Random random = new Random(1);

    private RunResult fullyMeasuredRun(String side) {
        long wall = 10_000_000L + random.nextInt(1_000_000) + (side.equals("current") ? 500_000 : 0);
        return new RunResult(
                wall,
                0,
                false,
                "out".getBytes(),
                new byte[0],
                new ResourceUsage(wall / 2000, wall / 4000, 100, 0, 3, 1, 0, 8),
                // the two sources the Linux runner writes (see PeakMemoryRule)
                new PeakMemory(4000 + random.nextInt(100), side.equals("current") ? "proc_vmhwm_sampled" : "rusage"));
    }

    @Test
    void receiptWithEveryOptionalPartValidates() throws Exception {
        FakeRunner runner = FakeRunner.of(spec -> fullyMeasuredRun(spec.side()));

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request()
                        .workingDirectory(java.nio.file.Path.of("."))
                        .warmup(1)
                        .repeat(6)
                        .workUnits(1000L)
                        .timeout(java.time.Duration.ofSeconds(2))
                        .requireSignificance(true)
                        .maxRetries(2)
                        .cvThreshold(5.0)
                        .threshold("wall_time", 1.0)
                        .threshold("cpu_time", 50.0)
                        .threshold("peak_memory", 50.0)
                        .build());

        PairedRunReceipt receipt = outcome.receipt();
        String json = new ReceiptWriter().toJson(receipt, true);
        assertEquals("", SchemaValidation.errors(json));
        assertTrue(json.contains("\"baseline_cpu_ms\""), "CPU stats when measured");
        assertTrue(json.contains("\"max_rss_source\" : \"proc_vmhwm_sampled\""), json);
        assertTrue(json.contains("\"max_rss_source\" : \"rusage\""), json);
        assertTrue(json.contains("\"throughput_diff_per_s\""));
        assertTrue(json.contains("\"noise_diagnostics\""));
        assertEquals(receipt, new ReceiptReader().fromJson(json));
    }

    @Test
    void receiptWithOnlyTheRequiredPartsValidates() throws Exception {
        PairedRunOutcome outcome = useCase(Fakes.generating(() -> 0.2, () -> 0.3), new Fakes.RecordingHostProbe())
                .execute(request().repeat(1).build());

        String json = new ReceiptWriter().toJson(outcome.receipt(), false);
        assertEquals("", SchemaValidation.errors(json));
        assertTrue(json.contains("\"wall_ms\":0,"), "a sub-millisecond run rounds to 0 ms in v1: " + json);
        assertTrue(json.contains("\"wall_ns\":200000,"), "and keeps its exact figure beside it: " + json);
    }
}

package dev.perfgate.paired;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.RealProcesses;
import dev.perfgate.metrics.MetricCapturingRunner;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.process.JdkProcessRunner;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.posix.PosixProcessRunner;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedSampleHalf;
import dev.perfgate.receipt.SchemaValidation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A failed run's message quotes the real end of its output (issue 8), with real commands on both runners:
 * the error comes after 100 KB of output, far beyond the 1 KiB the receipt keeps.
 */
@RealProcesses
@DisabledOnOs(OS.WINDOWS)
class FailedRunOutputTest {

    private static final String ERROR = "fatal: disk quota exceeded at step 7";
    private static final int CAP = 1024;

    @TempDir
    Path dir;

    /** Prints 100 KB (of one long line) then the error line on {@code stream}, and exits 3. */
    private static List<String> chattyFailure(String stream) {
        String redirect = stream.equals("stderr") ? " >&2" : "";
        return List.of(
                "sh",
                "-c",
                "head -c 100000 /dev/zero | tr '\\0' x" + redirect + "; echo" + redirect + "; echo '" + ERROR + "'"
                        + redirect + "; exit 3");
    }

    private static PairedRunOutcome run(ProcessRunner runner, List<String> baseline, List<MetricDefinition> metrics)
            throws Exception {
        PairedRunUseCase useCase = new PairedRunUseCase(
                MetricCapturingRunner.around(runner, metrics),
                new Fakes.RecordingHostProbe(),
                () -> "2024-01-01T00:00:00Z",
                Fakes.TOOL,
                PairedRunListener.NONE);
        return useCase.execute(PairedRunRequest.builder()
                .name("tail")
                .baselineCommand(baseline)
                .currentCommand(List.of("true"))
                .repeat(2)
                .warmup(0)
                .outputCapBytes(CAP)
                .metrics(metrics)
                .build());
    }

    private static void assertQuotesTheError(PairedRunOutcome outcome, String stream) {
        assertTrue(outcome.failed());
        String first = outcome.reasons().get(0);
        assertTrue(first.startsWith("pair 1 baseline exit 3; last lines of its " + stream + ":\n"), first);
        assertTrue(first.endsWith("\n      " + ERROR), first);

        PairedRunReceipt receipt = SchemaValidation.assertValid(outcome.receipt());
        PairedSampleHalf failed = receipt.samples().get(0).baseline();
        String kept = stream.equals("stderr") ? failed.stderr() : failed.stdout();
        assertEquals("x".repeat(CAP), kept, "the receipt keeps the start, up to outputCapBytes");
        assertFalse(kept.contains(ERROR));
    }

    /** Both runners where the posix one works (it is tested on Linux), with the error on either stream. */
    static Stream<Arguments> runnersAndStreams() {
        List<String> runners = OS.LINUX.isCurrentOs() ? List.of("jdk", "posix") : List.of("jdk");
        return runners.stream()
                .flatMap(runner -> Stream.of(Arguments.of(runner, "stderr"), Arguments.of(runner, "stdout")));
    }

    @ParameterizedTest(name = "{0} runner, error on {1}")
    @MethodSource("runnersAndStreams")
    void theMessageQuotesTheRealEndOfTheOutput(String runner, String stream) throws Exception {
        ProcessRunner measuring = runner.equals("posix") ? new PosixProcessRunner(dir) : new JdkProcessRunner(dir);
        assertQuotesTheError(run(measuring, chattyFailure(stream), List.of()), stream);
    }

    @Test
    void withMetricsTheWholeStdoutIsReadAndItsEndStillQuoted() throws Exception {
        // A metric pattern makes the runner keep all of stdout (up to 1 MiB) and cut it to the cap afterwards.
        List<MetricDefinition> metrics =
                List.of(new MetricDefinition("steps", MetricDefinition.LOWER, null, "^steps: (\\d+)$", null, null));
        assertQuotesTheError(run(new JdkProcessRunner(dir), chattyFailure("stdout"), metrics), "stdout");
    }
}

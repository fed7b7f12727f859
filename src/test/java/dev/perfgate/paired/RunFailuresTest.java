package dev.perfgate.paired;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunFailuresTest {

    private static PairedSampleHalf half(int exitCode, Integer signal, String stdout, String stderr) {
        return SampleHalves.from(
                new RunResult(
                        1_000_000,
                        exitCode,
                        false,
                        stdout.getBytes(StandardCharsets.UTF_8),
                        stderr.getBytes(StandardCharsets.UTF_8),
                        null,
                        null,
                        signal,
                        0),
                PairedSampleHalf.FIRST);
    }

    private static List<String> reasons(PairedSampleHalf baseline, PairedSampleHalf current) {
        RunFailures failures = new RunFailures(false);
        failures.check(new PairedSample(0, false, baseline, current, 0, null, 0));
        return failures.reasons();
    }

    private static final PairedSampleHalf OK = half(0, null, "", "");

    @Test
    void aSignalTheRunnerSawIsNamed() {
        PairedSampleHalf crashed = half(11, 11, "", "");
        assertEquals("SIGSEGV", crashed.signal());
        assertEquals(11, crashed.exitCode());
        assertEquals(List.of("pair 1 current killed by SIGSEGV"), reasons(OK, crashed));
    }

    @Test
    void anExitCodeAbove128SaysWhichSignalItProbablyWas() {
        assertEquals(
                List.of("pair 1 current exit 139 (128 + 11: probably SIGSEGV)"), reasons(OK, half(139, null, "", "")));
    }

    @Test
    void thePlainExitCodeOtherwise() {
        assertEquals(List.of("pair 1 baseline exit 3"), reasons(half(3, null, "", ""), OK));
    }

    @Test
    void theFirstFailureQuotesTheLastLinesOfStderr() {
        String stderr = IntStream.rangeClosed(1, 30).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        List<String> reasons = reasons(half(2, null, "ignored stdout", stderr), half(2, null, "", "other"));
        String first = reasons.get(0);
        assertTrue(first.startsWith("pair 1 baseline exit 2; last lines of its stderr:"), first);
        assertTrue(first.contains("line 21") && first.contains("line 30") && !first.contains("line 20\n"), first);
        assertEquals("pair 1 current exit 2", reasons.get(1), "only the first failure quotes output");
    }

    @Test
    void stdoutIsQuotedWhenStderrIsEmpty() {
        String reason = reasons(OK, half(1, null, "Error: no such table\n", "")).get(0);
        assertTrue(reason.endsWith("last lines of its stdout:\n      Error: no such table"), reason);
    }

    @Test
    void aHugeLineIsCapped() {
        String reason = reasons(OK, half(1, null, "", "x".repeat(50_000))).get(0);
        assertTrue(reason.length() < RunFailures.OUTPUT_CHARS + 200, "length " + reason.length());
    }

    /** A failed run whose output the cap cut: the receipt keeps {@code keptStderr}, the run also has the real end. */
    private static RunResult cutRun(String keptStdout, String stdoutTail, String keptStderr, String stderrTail) {
        return new RunResult(
                1_000_000,
                3,
                false,
                keptStdout.getBytes(StandardCharsets.UTF_8),
                keptStderr.getBytes(StandardCharsets.UTF_8),
                null,
                null,
                null,
                0,
                null,
                stdoutTail.getBytes(StandardCharsets.UTF_8),
                stderrTail.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> reasonsOfRun(RunResult currentRun) {
        RunResult okRun = new RunResult(1_000_000, 0, false, new byte[0], new byte[0], null, null, null, 0);
        PairedSample sample = new PairedSample(
                0,
                false,
                SampleHalves.from(okRun, PairedSampleHalf.FIRST),
                SampleHalves.from(currentRun, PairedSampleHalf.SECOND),
                0,
                null,
                0);
        RunFailures failures = new RunFailures(false);
        failures.check(sample, okRun, currentRun);
        return failures.reasons();
    }

    @Test
    void aRunJustMeasuredQuotesTheRealEndOfItsStderrNotTheStartTheReceiptKept() {
        String reason = reasonsOfRun(
                        cutRun("", "", "progress 1\nprogress 2", "ress 99\nprogress 100\nfatal: disk full"))
                .get(0);
        assertEquals(
                "pair 1 current exit 3; last lines of its stderr:\n      …ress 99\n      progress 100\n"
                        + "      fatal: disk full",
                reason);
    }

    @Test
    void aRunJustMeasuredQuotesTheRealEndOfItsStdoutWhenStderrIsEmpty() {
        String reason = reasonsOfRun(cutRun("row 1\nrow 2", "row 5000\nError: no such table", "", ""))
                .get(0);
        assertTrue(reason.endsWith("last lines of its stdout:\n      …row 5000\n      Error: no such table"), reason);
    }

    @Test
    void aRunWhoseOutputWasNotCutQuotesWhatWasKept() {
        String reason =
                reasonsOfRun(cutRun("", "", "all of it\nfatal: bad flag", "")).get(0);
        assertTrue(reason.endsWith("last lines of its stderr:\n      all of it\n      fatal: bad flag"), reason);
    }
}

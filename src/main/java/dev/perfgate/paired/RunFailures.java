package dev.perfgate.paired;

import dev.perfgate.process.RunResult;
import dev.perfgate.process.Signals;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects why measured runs failed, in the Rust tool's wording ("pair N baseline exit C",
 * "pair N current timed out"), plus what a user needs to see why: the signal that killed a run and,
 * for the first failure, the last lines of its output. {@code allowNonzero} excuses exit codes only,
 * never timeouts.
 */
public final class RunFailures {

    /** Lines and characters of output quoted in a failure message: enough to see an error, not a log. */
    static final int OUTPUT_LINES = 10;

    static final int OUTPUT_CHARS = 2000;

    private final boolean allowNonzero;
    private final List<String> reasons = new ArrayList<>();

    public RunFailures(boolean allowNonzero) {
        this.allowNonzero = allowNonzero;
    }

    /** Checks a pair from a receipt: a failure quotes the output the receipt kept. */
    public void check(PairedSample sample) {
        check(sample, null, null);
    }

    /**
     * Checks a pair just run: a failure quotes the real end of the run's output, which the receipt does not
     * hold when {@code outputCapBytes} cut it (the receipt keeps the start).
     */
    public void check(PairedSample sample, RunResult baselineRun, RunResult currentRun) {
        long pairNumber = sample.pairIndex() + 1;
        check(pairNumber, "baseline", sample.baseline(), baselineRun);
        check(pairNumber, "current", sample.current(), currentRun);
    }

    private void check(long pairNumber, String side, PairedSampleHalf half, RunResult run) {
        // A timed-out run's exit code is the kill we sent it, not something the command did: the seed
        // reported it as a second reason, which only repeats the timeout in a misleading way.
        if (half.timedOut()) {
            reasons.add("pair " + pairNumber + " " + side + " timed out");
        } else if (half.exitCode() != 0 && !allowNonzero) {
            String reason = "pair " + pairNumber + " " + side + " " + howItEnded(half);
            // Only the first failure quotes its output: the others are usually the same error again.
            reasons.add(reasons.isEmpty() ? reason + OutputTail.of(half, run) : reason);
        }
        if (half.metricErrors() != null) {
            half.metricErrors().forEach(problem -> reasons.add("pair " + pairNumber + " " + side + ": " + problem));
        }
    }

    /**
     * "killed by SIGSEGV" where the runner saw the signal; "exit 139 (128 + 11: probably SIGSEGV)" where
     * only the exit code is known (the JDK runner, or a shell reporting its child's death); else "exit C".
     */
    static String howItEnded(PairedSampleHalf half) {
        if (half.signal() != null) {
            return "killed by " + half.signal();
        }
        int code = half.exitCode();
        if (code > 128 && code < 128 + 65) {
            return "exit " + code + " (128 + " + (code - 128) + ": probably " + Signals.describe(code - 128) + ")";
        }
        return "exit " + code;
    }

    public List<String> reasons() {
        return List.copyOf(reasons);
    }

    /**
     * The last lines of a failed run's stderr (its stdout when stderr is empty): from the real end of the
     * output where the run is at hand and the cap cut it, else as the receipt kept them.
     */
    static final class OutputTail {

        private OutputTail() {}

        /** @param run the run as measured, or {@code null} when only the receipt is known */
        static String of(PairedSampleHalf half, RunResult run) {
            String stderr = end(half.stderr(), run == null ? null : run.stderrTail());
            boolean useStderr = stderr != null && !stderr.isBlank();
            String text = useStderr ? stderr : end(half.stdout(), run == null ? null : run.stdoutTail());
            if (text == null || text.isBlank()) {
                return "";
            }
            List<String> lines = text.strip().lines().toList();
            List<String> last = lines.subList(Math.max(0, lines.size() - OUTPUT_LINES), lines.size());
            String quoted = String.join("\n", last);
            if (quoted.length() > OUTPUT_CHARS) {
                quoted = "…" + quoted.substring(quoted.length() - OUTPUT_CHARS);
            }
            return "; last lines of its " + (useStderr ? "stderr" : "stdout") + ":\n      "
                    + quoted.replace("\n", "\n      ");
        }

        /** The end of a stream when the cap cut it ("…" marks where it starts mid-output), else what was kept. */
        private static String end(String kept, byte[] tail) {
            return tail == null || tail.length == 0 ? kept : "…" + new String(tail, StandardCharsets.UTF_8);
        }
    }
}

package dev.perfgate.paired.config;

import dev.perfgate.receipt.SafeFileNames;
import java.time.Duration;

/**
 * The accepted range of every count and size a user sets, in one place, so the validator, the
 * docs/usage.md and the use case agree. Each bound is what still runs to completion on an ordinary CI
 * machine: beyond it the plugin used to overflow an int, exhaust the heap or divide alpha into
 * nothing, after every pair had run.
 */
public final class ConfigurationLimits {

    /** Most measured pairs in the first batch ({@code repeat}). */
    public static final int MAX_REPEAT = 10_000;

    /** Most warmup pairs. */
    public static final int MAX_WARMUP = 10_000;

    /** Most looks after the first (upstream's retries); each look still ends at or before maxPairs. */
    public static final int MAX_RETRIES = 100;

    /** Most pairs {@code significanceMinSamples} may ask for (no more than the pairs that can run). */
    public static final int MAX_SIGNIFICANCE_MIN_SAMPLES = MAX_REPEAT;

    /**
     * Smallest significance level. Split over up to {@code MAX_RETRIES + 1} looks it stays above 1e-8,
     * where every quantile the statistics need is still a finite number.
     */
    public static final double MIN_SIGNIFICANCE_ALPHA = 1e-6;

    /**
     * Shortest timeout. Below it the timer fires before an ordinary command has even been started, so
     * runs that exited 0 were recorded as timed out (and {@code timeout_ms} as 0 or 1).
     */
    public static final Duration MIN_TIMEOUT = Duration.ofMillis(10);

    /** Longest timeout: a week per run is already no benchmark, and beyond ~292 years nanoseconds overflow. */
    public static final Duration MAX_TIMEOUT = Duration.ofDays(7);

    /**
     * Most bytes of stdout and of stderr kept per run, also when {@code outputCapBytes} is 0 ("all"):
     * the receipt holds every run's output in memory, and a chatty command must not exhaust the heap.
     */
    public static final long MAX_OUTPUT_CAP_BYTES = 1024 * 1024;

    /**
     * Most captured output the receipt may hold in memory over the whole run (every pair, warmups and
     * every pair up to the last planned look, stdout and stderr of both sides), so that no setting ends in "Java heap space"
     * after the measurements were taken.
     */
    public static final long MAX_OUTPUT_HELD_BYTES = 256L * 1024 * 1024;

    /**
     * Longest benchmark name: it becomes {@code <name>.paired.json} and a temporary
     * {@code .<name>.paired.json<random>.tmp} beside it, which must fit in a 255-byte file name.
     */
    public static final int MAX_NAME_LENGTH = SafeFileNames.MAX_LENGTH;

    private ConfigurationLimits() {}

    /** The most pairs a request can run: warmups and every pair up to the plan's last look. */
    public static long plannedPairs(PairedRunRequest request) {
        return (long) request.warmup() + LookPlanner.plan(request).maxPairs();
    }

    /** The most output bytes a request's receipt can hold: two sides, two streams per pair. */
    public static long outputHeldAtMost(PairedRunRequest request) {
        return plannedPairs(request) * 4 * keptOutputBytes(request.outputCapBytes());
    }

    /** Bytes of each stream to keep for a configured cap: 0 ("all") means as many as the ceiling allows. */
    public static long keptOutputBytes(long outputCapBytes) {
        return outputCapBytes == 0 ? MAX_OUTPUT_CAP_BYTES : Math.min(outputCapBytes, MAX_OUTPUT_CAP_BYTES);
    }
}

package dev.perfgate.process;

/**
 * Everything measured about one run of one command.
 *
 * @param wallNanos  wall time from spawn to reap, from {@link System#nanoTime()}
 * @param exitCode   exit status; on Unix the signal number when killed by a signal; -1 if neither
 * @param timedOut   the run hit its timeout and its process tree was killed
 * @param stdout     captured stdout, at most the spec's cap, cut on a UTF-8 boundary
 * @param stderr     captured stderr, same rules
 * @param usage      kernel accounting of the run, or {@code null} when the runner cannot measure it
 * @param peakMemory the run's own peak RSS, or {@code null} when the runner cannot measure it
 * @param signal     the number of the signal that ended the process, or {@code null} when it exited or
 *                   the runner cannot tell (the JDK reports a signal as exit code 128 + N)
 * @param leftoverProcessesKilled processes the run left behind (daemons, escaped descendants) that the
 *                   runner found and killed after the run, outside its wall time
 * @param metrics    numbers read from the run's output ({@code <metrics>}); {@link MetricReadings#NONE} when
 *                   none are configured
 * @param stdoutTail the real end of stdout when {@code stdout} is not all of it, else empty: see
 *                   {@link CapturedOutput}. Not written to the receipt, which keeps at most the cap of each stream;
 *                   the failure message quotes it
 * @param stderrTail the same of stderr
 */
public record RunResult(
        long wallNanos,
        int exitCode,
        boolean timedOut,
        byte[] stdout,
        byte[] stderr,
        ResourceUsage usage,
        PeakMemory peakMemory,
        Integer signal,
        int leftoverProcessesKilled,
        MetricReadings metrics,
        byte[] stdoutTail,
        byte[] stderrTail) {

    public RunResult {
        stdout = stdout == null ? new byte[0] : stdout;
        stderr = stderr == null ? new byte[0] : stderr;
        metrics = metrics == null ? MetricReadings.NONE : metrics;
        stdoutTail = stdoutTail == null ? new byte[0] : stdoutTail;
        stderrTail = stderrTail == null ? new byte[0] : stderrTail;
    }

    /** What a runner measures, with the output it read back after the run. */
    public RunResult(
            long wallNanos,
            int exitCode,
            boolean timedOut,
            CapturedOutput output,
            ResourceUsage usage,
            PeakMemory peakMemory,
            Integer signal,
            int leftoverProcessesKilled) {
        this(
                wallNanos,
                exitCode,
                timedOut,
                output.stdout(),
                output.stderr(),
                usage,
                peakMemory,
                signal,
                leftoverProcessesKilled,
                MetricReadings.NONE,
                output.stdoutTail(),
                output.stderrTail());
    }

    /** A run whose output is all in {@code stdout} and {@code stderr}: nothing was cut. */
    public RunResult(
            long wallNanos,
            int exitCode,
            boolean timedOut,
            byte[] stdout,
            byte[] stderr,
            ResourceUsage usage,
            PeakMemory peakMemory,
            Integer signal,
            int leftoverProcessesKilled,
            MetricReadings metrics) {
        this(
                wallNanos,
                exitCode,
                timedOut,
                stdout,
                stderr,
                usage,
                peakMemory,
                signal,
                leftoverProcessesKilled,
                metrics,
                null,
                null);
    }

    /** What a runner measures: no metrics are read from the output yet. */
    public RunResult(
            long wallNanos,
            int exitCode,
            boolean timedOut,
            byte[] stdout,
            byte[] stderr,
            ResourceUsage usage,
            PeakMemory peakMemory,
            Integer signal,
            int leftoverProcessesKilled) {
        this(
                wallNanos,
                exitCode,
                timedOut,
                stdout,
                stderr,
                usage,
                peakMemory,
                signal,
                leftoverProcessesKilled,
                MetricReadings.NONE);
    }

    /**
     * The same result with its stdout cut to what the receipt keeps and the metrics read from the whole of it.
     * Where that cut is new (the runner kept more, for the metrics), the end of stdout is taken from what it kept.
     */
    public RunResult withOutputMetrics(byte[] keptStdout, MetricReadings readings) {
        byte[] tail = stdoutTail.length > 0 || keptStdout.length >= stdout.length
                ? stdoutTail
                : Utf8Truncation.tail(stdout, stdout.length, CapturedOutput.TAIL_BYTES);
        return new RunResult(
                wallNanos,
                exitCode,
                timedOut,
                keptStdout,
                stderr,
                usage,
                peakMemory,
                signal,
                leftoverProcessesKilled,
                readings,
                tail,
                stderrTail);
    }

    /** A run whose runner cannot tell a signal from an exit code. */
    public RunResult(
            long wallNanos,
            int exitCode,
            boolean timedOut,
            byte[] stdout,
            byte[] stderr,
            ResourceUsage usage,
            PeakMemory peakMemory) {
        this(wallNanos, exitCode, timedOut, stdout, stderr, usage, peakMemory, null, 0, MetricReadings.NONE);
    }
}

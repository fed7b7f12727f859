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
        MetricReadings metrics) {

    public RunResult {
        stdout = stdout == null ? new byte[0] : stdout;
        stderr = stderr == null ? new byte[0] : stderr;
        metrics = metrics == null ? MetricReadings.NONE : metrics;
    }

    /** What a runner measures: no metrics are read from the output yet. */
    public RunResult(long wallNanos, int exitCode, boolean timedOut, byte[] stdout, byte[] stderr, ResourceUsage usage,
                     PeakMemory peakMemory, Integer signal, int leftoverProcessesKilled) {
        this(wallNanos, exitCode, timedOut, stdout, stderr, usage, peakMemory, signal, leftoverProcessesKilled,
                MetricReadings.NONE);
    }

    /** The same result with its stdout cut to what the receipt keeps and the metrics read from the whole of it. */
    public RunResult withOutputMetrics(byte[] keptStdout, MetricReadings readings) {
        return new RunResult(wallNanos, exitCode, timedOut, keptStdout, stderr, usage, peakMemory, signal, leftoverProcessesKilled,
                readings);
    }

    /** A run whose runner cannot tell a signal from an exit code. */
    public RunResult(long wallNanos, int exitCode, boolean timedOut, byte[] stdout, byte[] stderr,
                     ResourceUsage usage, PeakMemory peakMemory) {
        this(wallNanos, exitCode, timedOut, stdout, stderr, usage, peakMemory, null, 0, MetricReadings.NONE);
    }
}

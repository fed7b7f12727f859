package dev.perfgate.process;

/**
 * The peak resident set size of one run, and how it was obtained, so a reader can judge the figure.
 *
 * @param kilobytes peak RSS in KiB
 * @param source    how it was measured, e.g. {@code "proc_vmhwm"}, {@code "rusage"}, {@code "rusage_bytes"}
 */
public record PeakMemory(long kilobytes, String source) {
}

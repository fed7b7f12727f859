package dev.perfgate.process;

/**
 * The peak resident set size of one run, and how it was obtained, so a reader can judge the figure.
 *
 * @param kilobytes peak RSS in KiB
 * @param source    how it was measured: {@code "rusage"}, {@code "proc_vmhwm_sampled"} or {@code "rusage_bytes"} (the
 *                  receipt's {@code max_rss_source}; PeakMemoryRule names each one)
 */
public record PeakMemory(long kilobytes, String source) {}

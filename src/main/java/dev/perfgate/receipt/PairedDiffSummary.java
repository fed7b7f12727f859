package dev.perfgate.receipt;

/** v1 summary of paired differences (current minus baseline). {@code std_dev} is the sample SD. */
public record PairedDiffSummary(
        double mean, double median, double stdDev, double min, double max, long count, Significance significance) {}

package dev.perfgate.paired;

/**
 * Where a run stands after a pair, for the progress line {@code pair 7 (≤ 30), 12 s}.
 *
 * @param lastPairNumber the number the last pair would have if the plan ran to its end (warmup pairs
 *                       plus the pair budget); pairs are numbered as in the receipt and failure reasons
 * @param elapsedNanos   summed wall time of every run so far, warmups included (what {@code maxDuration}
 *                       counts)
 */
public record RunProgress(int lastPairNumber, long elapsedNanos) {}

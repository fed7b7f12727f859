package dev.perfgate.report;

import dev.perfgate.paired.RunProgress;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;

/**
 * One INFO line per pair: which pair of how many at most (the run stops at the first look that decides,
 * so its length is not known in advance), the time so far, the order, each side's time and status, e.g.
 * {@code pair 7 (≤ 30), 12 s (baseline first): baseline 801 ms, current 1.05 s}.
 */
public final class PairProgressLine {

    private PairProgressLine() {}

    public static String format(PairedSample sample, RunProgress progress) {
        boolean baselineFirst = "first".equals(sample.baseline().position());
        String count = "pair " + (sample.pairIndex() + 1)
                + (sample.warmup() ? " (warmup)" : " (≤ " + progress.lastPairNumber() + ")");
        String order =
                sample.baseline().position() == null ? "" : baselineFirst ? " (baseline first)" : " (current first)";
        return count + ", " + elapsed(progress.elapsedNanos()) + order + ": baseline " + half(sample.baseline())
                + ", current " + half(sample.current());
    }

    /** Whole seconds below a minute ("12 s"), then minutes and seconds ("2 min 05 s"). */
    static String elapsed(long nanos) {
        long seconds = nanos / 1_000_000_000L;
        return seconds < 60 ? seconds + " s" : String.format("%d min %02d s", seconds / 60, seconds % 60);
    }

    private static String half(PairedSampleHalf half) {
        StringBuilder text = new StringBuilder(Durations.nanos(half.wallNs()));
        if (half.timedOut()) {
            text.append(" TIMED OUT");
        } else if (half.exitCode() != 0) {
            text.append(" exit ").append(half.exitCode());
        }
        return text.toString();
    }
}

package dev.perfgate.report;

import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;

/** One INFO line per pair: index, warmup or measured, order, each side's time and status. */
public final class PairProgressLine {

    private PairProgressLine() {
    }

    public static String format(PairedSample sample) {
        boolean baselineFirst = "first".equals(sample.baseline().position());
        return String.format("pair %d (%s%s): baseline %s, current %s",
                sample.pairIndex() + 1,
                sample.warmup() ? "warmup" : "measured",
                sample.baseline().position() == null ? "" : baselineFirst ? ", baseline first" : ", current first",
                half(sample.baseline()),
                half(sample.current()));
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

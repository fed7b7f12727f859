package dev.perfgate.paired.gate;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.PairedSampleHalf;
import java.util.Locale;

/**
 * A {@code <metric>} read from the commands' output, as the gate sees it. Lower-is-better values are
 * analysed as they are. Higher-is-better values (a score, a throughput) are analysed as their inverse
 * (a time per unit), so that, exactly as for wall time, a positive change is a regression; the
 * threshold, a drop in percent, is converted to that scale (a 10% drop is a +11.1% inverse).
 */
public record OutputMetric(MetricDefinition definition) implements GateMetric {

    @Override
    public String key() {
        return definition.name();
    }

    @Override
    public String label() {
        return definition.name();
    }

    @Override
    public boolean higherIsBetter() {
        return definition.higherIsBetter();
    }

    @Override
    public Double onAnalysedScale(Double pct) {
        if (pct == null || !definition.higherIsBetter()) {
            return pct;
        }
        return (1 / (1 - pct / 100) - 1) * 100;
    }

    @Override
    public Double read(PairedSampleHalf half) {
        Double value = half.metrics() == null ? null : half.metrics().get(definition.name());
        if (value == null || !definition.higherIsBetter()) {
            return value;
        }
        return 1 / value;
    }

    /** For a higher-is-better metric, its own change first (a drop is negative), then the analysed inverse. */
    @Override
    public String headline(MetricAnalysisReport r) {
        if (!definition.higherIsBetter()) {
            return GateMetric.super.headline(r);
        }
        String figures = String.format(
                Locale.ROOT,
                "%s %+.1f%% [%+.1f%%, %+.1f%%] (higher is better; analysed as 1/%s:" + " %+.1f%%)",
                label(),
                own(r.estimatePct()),
                own(r.ciUpperPct()),
                own(r.ciLowerPct()),
                label(),
                r.estimatePct());
        if (r.thresholdPct() == null) {
            return figures + " — reported (no threshold)";
        }
        return String.format(
                Locale.ROOT,
                "%s — %s (threshold: a drop of %.1f%%)",
                figures,
                r.status().toUpperCase(Locale.ROOT),
                definition.failOnRegression());
    }

    @Override
    public String regression(MetricAnalysisReport r) {
        if (!definition.higherIsBetter()) {
            return GateMetric.super.regression(r);
        }
        return String.format(
                Locale.ROOT,
                "%s regression (dropped %.2f%%) exceeded threshold (a drop of %.2f%%)",
                label(),
                -own(r.estimatePct()),
                definition.failOnRegression());
    }

    /** The metric's own change in percent, from the change of its inverse. */
    private static double own(double inversePct) {
        return (1 / (1 + inversePct / 100) - 1) * 100;
    }
}

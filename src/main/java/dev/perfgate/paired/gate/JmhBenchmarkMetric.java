package dev.perfgate.paired.gate;

import dev.perfgate.receipt.BenchmarkOrigin;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import dev.perfgate.stats.DirectedChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One benchmark of a JMH suite ({@code <metric>} with {@code <jmhFile>}) as the gate sees it: the runs'
 * metric {@code <suite>:<benchmark>}, in its own direction (from JMH's mode; a throughput is analysed as its
 * inverse, so that a positive change is worse, and stated in its own terms), with the suite's threshold as
 * the worst acceptable change in those terms.
 */
public record JmhBenchmarkMetric(String key, MetricDefinition suite, BenchmarkOrigin origin, boolean ruler)
        implements GateMetric {

    /**
     * Every benchmark of the suites that ran on both sides, in name order; those seen on one side only go to
     * {@code notCompared} with the reason.
     */
    public static List<GateMetric> expand(
            List<MetricDefinition> definitions,
            List<PairedSample> measured,
            Map<String, BenchmarkOrigin> origins,
            Map<String, String> notCompared) {
        List<GateMetric> metrics = new java.util.ArrayList<>();
        for (MetricDefinition d : definitions) {
            if (!d.jmh()) {
                continue;
            }
            String prefix = d.name() + ":";
            TreeSet<String> baseline = keys(measured, prefix, true);
            TreeSet<String> current = keys(measured, prefix, false);
            TreeSet<String> all = new TreeSet<>(baseline);
            all.addAll(current);
            Pattern rulers = d.rulers() == null ? null : Pattern.compile(d.rulers());
            for (String key : all) {
                if (!baseline.contains(key) || !current.contains(key)) {
                    notCompared.put(
                            key,
                            baseline.contains(key)
                                    ? "only in the baseline's runs (removed or renamed in the current one?)"
                                    : "only in the current runs (added or renamed?)");
                    continue;
                }
                String name = key.substring(prefix.length());
                BenchmarkOrigin origin = origins.get(key);
                metrics.add(new JmhBenchmarkMetric(
                        key, d, origin, rulers != null && rulers.matcher(name).find()));
            }
        }
        return metrics;
    }

    private static TreeSet<String> keys(List<PairedSample> measured, String prefix, boolean baseline) {
        TreeSet<String> keys = new TreeSet<>();
        for (PairedSample s : measured) {
            Map<String, Double> values = (baseline ? s.baseline() : s.current()).metrics();
            if (values != null) {
                values.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add);
            }
        }
        return keys;
    }

    @Override
    public String label() {
        return key;
    }

    @Override
    public boolean higherIsBetter() {
        return origin != null && origin.higherIsBetter();
    }

    @Override
    public Double onAnalysedScale(Double own) {
        return own == null ? null : DirectedChange.analysedThresholdPct(own, higherIsBetter());
    }

    @Override
    public Double read(PairedSampleHalf half) {
        Double value = half.metrics() == null ? null : half.metrics().get(key);
        if (value == null || !higherIsBetter()) {
            return value;
        }
        return 1 / value;
    }

    /** e.g. {@code jmh:Work.loop −25.0% [−30.0%, −20.0%] (higher is better) — FAIL (threshold −10.0%)}. */
    @Override
    public String headline(MetricAnalysisReport r) {
        String figures = (ruler ? "ruler " : "") + key + " "
                + DirectedChange.change(r.estimatePct(), r.ciLowerPct(), r.ciUpperPct(), higherIsBetter());
        if (r.thresholdPct() == null) {
            return figures + " — reported (no threshold)";
        }
        return figures + " — " + r.status().toUpperCase(Locale.ROOT) + " (threshold "
                + DirectedChange.threshold(r.thresholdPct(), higherIsBetter()) + ")";
    }

    @Override
    public String regression(MetricAnalysisReport r) {
        return key + " regression "
                + DirectedChange.change(r.estimatePct(), r.ciLowerPct(), r.ciUpperPct(), higherIsBetter())
                + " beyond threshold " + DirectedChange.threshold(r.thresholdPct(), higherIsBetter());
    }

    /** The origins of a run's readings as the receipt records them. */
    public static Map<String, BenchmarkOrigin> origins(Map<String, dev.perfgate.process.MetricOrigin> read) {
        Map<String, BenchmarkOrigin> origins = new LinkedHashMap<>();
        read.forEach((key, o) -> origins.put(
                key,
                new BenchmarkOrigin(
                        o.suite(),
                        o.group(),
                        o.test(),
                        o.mode(),
                        o.unit(),
                        o.higherIsBetter() ? MetricDefinition.HIGHER : MetricDefinition.LOWER)));
        return origins;
    }
}

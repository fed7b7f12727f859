package dev.perfgate.report;

import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedSample;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Each measured run's value of every {@code <metric>} and benchmark, in the HTML report: one row per metric
 * with the baseline's and the current side's values in run order, so a reader can see what the gate
 * compared (a suite of 500 benchmarks stays 500 rows, folded away until opened).
 */
final class MetricRunValues {

    private MetricRunValues() {}

    static void section(StringBuilder html, PairedRunReceipt receipt) {
        List<PairedSample> measured = receipt.measuredSamples();
        TreeSet<String> keys = new TreeSet<>();
        for (PairedSample s : measured) {
            add(keys, s.baseline().metrics());
            add(keys, s.current().metrics());
        }
        if (keys.isEmpty()) {
            return;
        }
        html.append("<section class=\"metric-values\">\n<details><summary>Each run's metric values (")
                .append(keys.size())
                .append(")</summary>\n<table>\n<thead><tr><th>metric</th><th>unit</th><th>baseline, pair 1…")
                .append(measured.size())
                .append("</th><th>current, pair 1…")
                .append(measured.size())
                .append("</th></tr></thead>\n<tbody>\n");
        for (String key : keys) {
            String unit = receipt.benchmarks() != null && receipt.benchmarks().containsKey(key)
                    ? receipt.benchmarks().get(key).unit()
                    : "";
            html.append("<tr><td><code>")
                    .append(Html.escape(key))
                    .append("</code></td><td>")
                    .append(Html.escape(unit))
                    .append("</td><td>")
                    .append(values(measured, key, true))
                    .append("</td><td>")
                    .append(values(measured, key, false))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    private static void add(TreeSet<String> keys, Map<String, Double> metrics) {
        if (metrics != null) {
            keys.addAll(metrics.keySet());
        }
    }

    private static String values(List<PairedSample> measured, String key, boolean baseline) {
        StringBuilder s = new StringBuilder();
        for (PairedSample p : measured) {
            Map<String, Double> m = (baseline ? p.baseline() : p.current()).metrics();
            Double v = m == null ? null : m.get(key);
            s.append(s.length() == 0 ? "" : " ").append(v == null ? "—" : String.format(Locale.ROOT, "%.4g", v));
        }
        return s.toString();
    }
}

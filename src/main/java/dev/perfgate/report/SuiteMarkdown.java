package dev.perfgate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A suite as a Markdown table, one row per benchmark, failures first and then by change, each change in the
 * benchmark's own terms. Names are code spans, so no character of a benchmark or parameter turns into markup.
 */
public final class SuiteMarkdown {

    private SuiteMarkdown() {}

    public static String table(List<BenchmarkRow> rows) {
        List<BenchmarkRow> sorted = new ArrayList<>(rows);
        sorted.sort(BenchmarkRow.WORST_FIRST);
        StringBuilder md = new StringBuilder(
                "| benchmark | better | change | interval | threshold | status |\n" + "|---|---|---:|---|---:|---|\n");
        for (BenchmarkRow r : sorted) {
            String change = r.change();
            int bracket = change.indexOf(" [");
            String estimate = change.substring(0, bracket);
            String interval = change.substring(bracket + 1).replace(" (higher is better)", "");
            md.append("| ")
                    .append(code(r.name()))
                    .append(" | ")
                    .append(r.higherIsBetter() ? "higher" : "lower")
                    .append(" | ")
                    .append(estimate)
                    .append(" | ")
                    .append(interval)
                    .append(" | ")
                    .append(r.threshold())
                    .append(" | ")
                    .append(r.status().toUpperCase(Locale.ROOT))
                    .append(" |\n");
        }
        return md.toString();
    }

    /** A code span that holds any text: a pipe is escaped for the table, backticks get a longer fence. */
    static String code(String text) {
        String cell = text.replace("|", "\\|").replace("\n", " ");
        String fence = cell.contains("`") ? "`` " : "`";
        return fence + cell + new StringBuilder(fence).reverse();
    }
}

package dev.perfgate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A suite in the log, readable at 200 benchmarks: a count per status, then one line per benchmark, failures
 * first and then by change, each in its own terms. A suite of more than {@value #LISTED_IN_FULL} benchmarks
 * collapses at INFO the ones that passed (or are reported only) into one count; the DEBUG lines list every
 * benchmark.
 */
public final class SuiteLines {

    /** Up to this many benchmarks, INFO lists every one. */
    public static final int LISTED_IN_FULL = 20;

    private SuiteLines() {}

    /**
     * The lines for INFO: counts, then every benchmark that did not pass, then the passing ones, as a count
     * when the suite is larger than {@value #LISTED_IN_FULL}.
     */
    public static List<String> info(String suite, List<BenchmarkRow> rows) {
        if (!collapses(rows)) {
            return all(suite, rows);
        }
        List<String> lines = new ArrayList<>();
        lines.add(header(suite, rows));
        int collapsed = 0;
        for (BenchmarkRow r : sorted(rows)) {
            if (quiet(r)) {
                collapsed++;
            } else {
                lines.add(line(r));
            }
        }
        if (collapsed > 0) {
            lines.add(String.format(
                    Locale.ROOT,
                    "  … and %d more that passed or are reported only"
                            + " (listed at DEBUG level; the HTML report and the receipt list every benchmark)",
                    collapsed));
        }
        return lines;
    }

    /** Whether {@link #info} leaves benchmarks out (a count instead), which {@link #all} then lists at DEBUG. */
    public static boolean collapses(List<BenchmarkRow> rows) {
        return rows.size() > LISTED_IN_FULL && rows.stream().anyMatch(SuiteLines::quiet);
    }

    /** Every benchmark, for DEBUG. */
    public static List<String> all(String suite, List<BenchmarkRow> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(header(suite, rows));
        sorted(rows).forEach(r -> lines.add(line(r)));
        return lines;
    }

    /** {@code   FAIL          Codec.encode +180.2% [+170.1%, +190.3%] (threshold +25.0%)}. */
    static String line(BenchmarkRow r) {
        return String.format(
                Locale.ROOT,
                "  %-12s  %s %s (threshold %s)",
                r.status().toUpperCase(Locale.ROOT),
                r.name(),
                r.change(),
                r.threshold());
    }

    private static boolean quiet(BenchmarkRow r) {
        String s = r.status().toUpperCase(Locale.ROOT);
        return s.equals("PASS") || s.equals("REPORT");
    }

    private static List<BenchmarkRow> sorted(List<BenchmarkRow> rows) {
        List<BenchmarkRow> sorted = new ArrayList<>(rows);
        sorted.sort(BenchmarkRow.WORST_FIRST);
        return sorted;
    }

    private static String header(String suite, List<BenchmarkRow> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(r.status().toUpperCase(Locale.ROOT), 1, Integer::sum));
        StringBuilder s = new StringBuilder(
                String.format(Locale.ROOT, "%s: %d benchmark%s", suite, rows.size(), rows.size() == 1 ? "" : "s"));
        String separator = ": ";
        for (String status : List.of("FAIL", "INCONCLUSIVE", "RULER", "PASS", "REPORT")) {
            Integer n = counts.get(status);
            if (n != null) {
                s.append(separator).append(n).append(' ').append(status);
                separator = ", ";
            }
        }
        return s.toString();
    }
}

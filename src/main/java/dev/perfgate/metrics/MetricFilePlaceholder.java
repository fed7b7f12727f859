package dev.perfgate.metrics;

import java.util.List;

/** {@code @{metricFile}}: in a command argument or a {@code jsonFile}, a fresh file path for each run. */
public final class MetricFilePlaceholder {

    public static final String TOKEN = "@{metricFile}";

    private MetricFilePlaceholder() {}

    public static boolean usedIn(List<String> argv) {
        return argv.stream().anyMatch(MetricFilePlaceholder::usedIn);
    }

    public static boolean usedIn(String text) {
        return text != null && text.contains(TOKEN);
    }

    static List<String> substitute(List<String> argv, String path) {
        return argv.stream().map(arg -> arg.replace(TOKEN, path)).toList();
    }
}

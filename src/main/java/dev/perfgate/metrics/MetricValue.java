package dev.perfgate.metrics;

import java.util.Locale;

/** Turns the text or number found for a metric into a value, or into a sentence quoting what was found. */
final class MetricValue {

    /** Longest quote of output in a message: enough to recognise it, short enough for a log line. */
    static final int QUOTE_CHARS = 200;

    private MetricValue() {}

    /** The parsed value, or {@code null} after adding why it is not usable to {@code problems}. */
    static Double parse(String metric, String found, String from, java.util.List<String> problems) {
        double value;
        try {
            value = Double.parseDouble(found.trim());
        } catch (NumberFormatException e) {
            problems.add(
                    String.format(Locale.ROOT, "metric '%s': %s is not a number (%s)", metric, quote(found), from));
            return null;
        }
        return check(metric, value, from, problems);
    }

    static Double check(String metric, double value, String from, java.util.List<String> problems) {
        if (!(value > 0) || !Double.isFinite(value)) {
            problems.add(String.format(
                    Locale.ROOT, "metric '%s': %s is not a positive finite number (%s)", metric, value, from));
            return null;
        }
        return value;
    }

    /** {@code "…the last 200 characters"} in quotes, newlines shown as {@code ⏎}. */
    static String quote(String text) {
        String tail = text.length() <= QUOTE_CHARS ? text : "…" + text.substring(text.length() - QUOTE_CHARS);
        return "\"" + tail.replace("\r", "").replace("\n", "⏎") + "\"";
    }
}

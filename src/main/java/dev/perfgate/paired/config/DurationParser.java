package dev.perfgate.paired.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a duration as users write it: {@code 500ms}, {@code 2s}, {@code 1.5s}, {@code 1m},
 * {@code 1h}, or ISO-8601 such as {@code PT2S}.
 */
public final class DurationParser {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|m|h)");

    private DurationParser() {}

    /**
     * @param parameter the parameter being parsed, named in the error
     * @throws InvalidConfigurationException when the text is not a duration greater than zero
     */
    public static Duration parse(String parameter, String text) throws InvalidConfigurationException {
        String trimmed = text == null ? "" : text.trim();
        Duration duration = trimmed.toUpperCase(Locale.ROOT).startsWith("P") ? parseIso(trimmed) : parseSimple(trimmed);
        if (duration == null) {
            throw new InvalidConfigurationException(
                    parameter,
                    parameter + " '" + text
                            + "' is not a duration: write e.g. 500ms, 2s, 1.5s, 1m, 1h or ISO-8601 PT2S");
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new InvalidConfigurationException(
                    parameter, parameter + " must be greater than 0, got '" + text + "'");
        }
        return duration;
    }

    private static Duration parseIso(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration parseSimple(String text) {
        Matcher m = SIMPLE.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        double amount = Double.parseDouble(m.group(1));
        double nanosPerUnit = switch (m.group(2)) {
            case "ns" -> 1;
            case "us", "µs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
        };
        double nanos = amount * nanosPerUnit;
        if (nanos >= Long.MAX_VALUE) {
            return null;
        }
        return Duration.ofNanos(Math.round(nanos));
    }
}

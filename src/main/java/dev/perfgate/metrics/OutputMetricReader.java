package dev.perfgate.metrics;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfgate.process.MetricOrigin;
import dev.perfgate.process.MetricReadings;
import dev.perfgate.receipt.MetricDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each configured metric from one run: a {@code pattern} from the whole stdout (the last match
 * counts, so progress lines printed before the result do not), or a number at a {@code jsonPointer}
 * in the file the run wrote. What cannot be read becomes a problem that quotes what was there.
 */
final class OutputMetricReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<MetricDefinition> metrics;
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();
    private final Map<String, JmhSelection> suites = new LinkedHashMap<>();

    OutputMetricReader(List<MetricDefinition> metrics) {
        this.metrics = List.copyOf(metrics);
        for (MetricDefinition m : metrics) {
            if (m.pattern() != null) {
                patterns.put(m.name(), Pattern.compile(m.pattern(), Pattern.MULTILINE));
            }
            if (m.jmh()) {
                suites.put(
                        m.name(),
                        new JmhSelection(
                                m.include() == null ? null : Pattern.compile(m.include()),
                                m.exclude() == null ? null : Pattern.compile(m.exclude()),
                                m.secondaryMetrics()));
            }
        }
    }

    /** Patterns read the whole stdout; a JMH suite's failure is quoted from it. */
    boolean needsWholeStdout() {
        return !patterns.isEmpty() || !suites.isEmpty();
    }

    /**
     * @param stdoutCutAt the limit at which stdout was cut (it was longer), or {@code null} when it is whole
     * @param jsonFiles   the file each json metric was read from in this run, by metric name
     */
    MetricReadings read(byte[] wholeStdout, Long stdoutCutAt, Map<String, Path> jsonFiles) {
        String stdout = new String(wholeStdout, StandardCharsets.UTF_8);
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, MetricOrigin> origins = new LinkedHashMap<>();
        for (MetricDefinition m : metrics) {
            if (m.jmh()) {
                new JmhSuiteReading(m.name(), suites.get(m.name()))
                        .read(jsonFiles.get(m.name()), stdout, values, problems, origins);
                continue;
            }
            Double value = m.pattern() != null
                    ? stdoutCutAt != null ? tooLong(m, stdoutCutAt, problems) : fromStdout(m, stdout, problems)
                    : fromJson(m, jsonFiles.get(m.name()), problems);
            if (value != null) {
                values.put(m.name(), value);
            }
        }
        return new MetricReadings(values, problems, origins);
    }

    /** The last match counts: in a stdout cut short, the last one read may not be the result. */
    private static Double tooLong(MetricDefinition m, long limit, List<String> problems) {
        problems.add("metric '" + m.name() + "': stdout is longer than the " + limit + " bytes a pattern is"
                + " matched on (patternStdoutBytes); raise patternStdoutBytes, print less, or write the result"
                + " to a file and read it with jsonFile");
        return null;
    }

    private Double fromStdout(MetricDefinition m, String stdout, List<String> problems) {
        Matcher matcher = patterns.get(m.name()).matcher(stdout);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        String from = "pattern " + m.pattern() + " on stdout";
        if (last == null) {
            problems.add("metric '" + m.name() + "': " + from + " found no match in "
                    + (stdout.isEmpty() ? "an empty stdout" : "stdout ending " + MetricValue.quote(stdout)));
            return null;
        }
        return MetricValue.parse(m.name(), last, from, problems);
    }

    private static Double fromJson(MetricDefinition m, Path file, List<String> problems) {
        String from = m.jsonPointer() + " in " + file;
        if (!Files.isRegularFile(file)) {
            problems.add("metric '" + m.name() + "': the run wrote no file " + file);
            return null;
        }
        String text;
        JsonNode root;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            root = JSON.readTree(text);
        } catch (IOException e) {
            problems.add("metric '" + m.name() + "': " + file + " is not readable JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
            return null;
        }
        JsonNode node = root == null ? null : root.at(JsonPointer.compile(m.jsonPointer()));
        if (node == null || node.isMissingNode()) {
            problems.add("metric '" + m.name() + "': nothing at " + from + ", which holds "
                    + MetricValue.quote(text.strip()));
            return null;
        }
        if (node.isNumber()) {
            return MetricValue.check(m.name(), node.doubleValue(), from, problems);
        }
        return MetricValue.parse(m.name(), node.isTextual() ? node.textValue() : node.toString(), from, problems);
    }
}

package dev.perfgate.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what JMH writes with {@code -rf json -rff <file>}, as {@code JSONResultFormat} in jmh-core writes it:
 * an array of entries with {@code benchmark}, {@code mode} (short label), optional {@code params} (string
 * values), {@code primaryMetric} and {@code secondaryMetrics} (each with {@code score} and
 * {@code scoreUnit}). JMH writes a NaN or infinite score as the string {@code "NaN"}, {@code "+INF"} or
 * {@code "-INF"}; such a score, like zero or a negative one, cannot be compared as a ratio and is refused
 * with the entry named. Everything else in an entry (raw data, percentiles, JVM) is ignored.
 */
public final class JmhResultFile {

    /** A real suite with raw data is a few MB; far more than that is not a JMH result file. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** package.Class.method: ASCII identifiers joined by dots (never a control character or markup). */
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)+");

    private JmhResultFile() {}

    /**
     * Reads the benchmarks of a file.
     *
     * @throws JmhResultException when the file is missing, too large or not a JMH result file
     */
    public static List<JmhBenchmark> read(Path file) throws JmhResultException {
        if (!Files.isRegularFile(file)) {
            throw new JmhResultException("the run wrote no JMH result file " + file
                    + " (did the command pass -rf json -rff with that path, and did JMH finish?)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new JmhResultException("cannot read the JMH result file " + file + ": " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new JmhResultException("the JMH result file " + file + " is larger than " + MAX_BYTES / 1048576
                    + " MiB: not a JMH result file");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses the text of a result file.
     *
     * @param source where the text came from, for messages
     * @throws JmhResultException naming the entry and field that is wrong
     */
    public static List<JmhBenchmark> parse(String json, String source) throws JmhResultException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new JmhResultException("the JMH result file " + source + " is not valid JSON ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "): it holds "
                    + MetricValue.quote(json.strip()));
        }
        if (root == null || !root.isArray()) {
            throw new JmhResultException("the JMH result file " + source + " is not a JSON array of benchmarks"
                    + " (JMH's -rf json writes one): it holds " + MetricValue.quote(json.strip()));
        }
        if (root.isEmpty()) {
            throw new JmhResultException("the JMH result file " + source + " lists no benchmark"
                    + " (did JMH's include pattern match none, or did every benchmark fail?)");
        }
        List<JmhBenchmark> benchmarks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            JmhBenchmark b = entry(root.get(i), source + " entry " + (i + 1));
            String identity = b.benchmark() + b.paramsSuffix() + " " + b.mode().label();
            if (!seen.add(identity)) {
                throw new JmhResultException(
                        "the JMH result file " + source + " lists " + identity + " twice (entry " + (i + 1) + ")");
            }
            benchmarks.add(b);
        }
        return benchmarks;
    }

    private static JmhBenchmark entry(JsonNode node, String where) throws JmhResultException {
        if (node == null || !node.isObject()) {
            throw new JmhResultException(where + " is not a JSON object");
        }
        String benchmark = text(node, "benchmark", where);
        if (!JAVA_NAME.matcher(benchmark).matches()) {
            throw new JmhResultException(where + ": benchmark \"" + benchmark + "\" is not a Class.method name");
        }
        where = where + " (" + benchmark + ")";
        String modeLabel = text(node, "mode", where);
        JmhMode mode = JmhMode.fromLabel(modeLabel);
        if (mode == null) {
            throw new JmhResultException(
                    where + ": unknown mode \"" + modeLabel + "\" (JMH writes thrpt, avgt, sample or ss)");
        }
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode paramsNode = node.get("params");
        if (paramsNode != null && !paramsNode.isNull()) {
            if (!paramsNode.isObject()) {
                throw new JmhResultException(where + ": params is not an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = paramsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                if (!JAVA_NAME.matcher("p." + p.getKey()).matches()) {
                    throw new JmhResultException(
                            where + ": parameter name " + MetricValue.quote(p.getKey()) + " is not a Java identifier");
                }
                params.put(
                        p.getKey(),
                        p.getValue().isTextual()
                                ? p.getValue().textValue()
                                : p.getValue().toString());
            }
        }
        JsonNode primaryNode = node.get("primaryMetric");
        if (primaryNode == null || !primaryNode.isObject()) {
            throw new JmhResultException(where + ": no primaryMetric object");
        }
        JmhScore primary = score(primaryNode, where + " primaryMetric");
        if (!mode.unitAgrees(primary.unit())) {
            throw new JmhResultException(String.format(
                    Locale.ROOT,
                    "%s: mode %s with unit %s: a %s needs a unit of" + " the form %s",
                    where,
                    mode.label(),
                    primary.unit(),
                    mode.higherIsBetter() ? "throughput" : "time",
                    mode.higherIsBetter() ? "ops/<time>" : "<time>/op"));
        }
        Map<String, JmhScore> secondaries = new LinkedHashMap<>();
        JsonNode secondaryNode = node.get("secondaryMetrics");
        if (secondaryNode != null && secondaryNode.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = secondaryNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> s = it.next();
                secondaries.put(s.getKey(), secondaryScore(s.getValue()));
            }
        }
        return new JmhBenchmark(benchmark, mode, params, primary, secondaries);
    }

    /**
     * A secondary metric's score, or {@code null} when it is not a positive finite number: profilers report
     * zeros (gc.count of a benchmark that never collected) that are fine to have and only matter when chosen.
     */
    private static JmhScore secondaryScore(JsonNode node) {
        if (node == null
                || !node.isObject()
                || node.get("score") == null
                || !node.get("score").isNumber()) {
            return null;
        }
        double value = node.get("score").doubleValue();
        JsonNode unit = node.get("scoreUnit");
        return value > 0 && Double.isFinite(value) ? new JmhScore(value, unit == null ? "" : unit.asText()) : null;
    }

    private static JmhScore score(JsonNode metric, String where) throws JmhResultException {
        JsonNode score = metric.get("score");
        if (score == null) {
            throw new JmhResultException(where + ": no score");
        }
        if (!score.isNumber()) {
            throw new JmhResultException(where + ": score is " + score + ", not a number (JMH writes \"NaN\" when"
                    + " a benchmark measured nothing)");
        }
        double value = score.doubleValue();
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new JmhResultException(
                    where + ": score " + score + " is not positive, so it has no ratio to" + " compare");
        }
        return new JmhScore(value, text(metric, "scoreUnit", where));
    }

    private static String text(JsonNode node, String field, String where) throws JmhResultException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new JmhResultException(where + ": no " + field + " text");
        }
        return value.textValue();
    }
}

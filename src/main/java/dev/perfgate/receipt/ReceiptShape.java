package dev.perfgate.receipt;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a receipt's JSON against what {@code perfgate.paired.v1} requires, as upstream's Rust types do
 * when they read it: required fields present and not null, integers written as integers ({@code 100.0}
 * where v1 has an integer is refused), unsigned fields not negative. An absent figure must never be read as
 * 0 or false. Also checks the few {@code config} fields re-analysis relies on, when there is a config.
 */
final class ReceiptShape {

    /** What a field must hold, and how to say so. */
    private enum Kind {
        STRING("a string"),
        BOOLEAN("true or false"),
        UINT("a whole number of 0 or more"),
        INT("a whole number"),
        NUMBER("a number"),
        OBJECT("an object"),
        ARRAY("an array");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        boolean accepts(JsonNode node) {
            return switch (this) {
                case STRING -> node.isTextual();
                case BOOLEAN -> node.isBoolean();
                case UINT -> node.isIntegralNumber() && node.bigIntegerValue().signum() >= 0;
                case INT -> node.isIntegralNumber();
                case NUMBER -> node.isNumber();
                case OBJECT -> node.isObject();
                case ARRAY -> node.isArray();
            };
        }
    }

    private ReceiptShape() {}

    static void check(JsonNode root) throws ReceiptFormatException {
        if (!root.isObject()) {
            throw new ReceiptFormatException(null, "the file is not a JSON object, so it is not a receipt");
        }
        JsonNode tool = required(root, "", "tool", Kind.OBJECT);
        required(tool, "tool", "name", Kind.STRING);
        required(tool, "tool", "version", Kind.STRING);
        JsonNode run = required(root, "", "run", Kind.OBJECT);
        for (String field : new String[] {"id", "started_at", "ended_at"}) {
            required(run, "run", field, Kind.STRING);
        }
        JsonNode host = required(run, "run", "host", Kind.OBJECT);
        required(host, "run.host", "os", Kind.STRING);
        required(host, "run.host", "arch", Kind.STRING);
        optional(host, "run.host", "cpu_count", Kind.UINT);
        optional(host, "run.host", "memory_bytes", Kind.UINT);
        bench(required(root, "", "bench", Kind.OBJECT));
        JsonNode samples = required(root, "", "samples", Kind.ARRAY);
        for (int i = 0; i < samples.size(); i++) {
            sample(samples.get(i), "samples[" + i + "]");
        }
        stats(required(root, "", "stats", Kind.OBJECT));
        JsonNode noise = optional(root, "", "noise_diagnostics", Kind.OBJECT);
        if (noise != null) {
            required(noise, "noise_diagnostics", "cv", Kind.NUMBER);
            required(noise, "noise_diagnostics", "noise_level", Kind.STRING);
            required(noise, "noise_diagnostics", "retries_used", Kind.UINT);
            required(noise, "noise_diagnostics", "early_termination", Kind.BOOLEAN);
        }
        JsonNode config = optional(root, "", "config", Kind.OBJECT);
        if (config != null) {
            config(config);
        }
    }

    private static void bench(JsonNode bench) throws ReceiptFormatException {
        required(bench, "bench", "name", Kind.STRING);
        optional(bench, "bench", "cwd", Kind.STRING);
        required(bench, "bench", "baseline_command", Kind.ARRAY);
        required(bench, "bench", "current_command", Kind.ARRAY);
        required(bench, "bench", "repeat", Kind.UINT);
        required(bench, "bench", "warmup", Kind.UINT);
        optional(bench, "bench", "work_units", Kind.UINT);
        optional(bench, "bench", "timeout_ms", Kind.UINT);
    }

    private static void sample(JsonNode sample, String path) throws ReceiptFormatException {
        if (sample == null || sample.isNull()) {
            throw new ReceiptFormatException(path, path + " is null; perfgate.paired.v1 requires a pair there");
        }
        if (!sample.isObject()) {
            throw wrongKind(path, sample, Kind.OBJECT);
        }
        required(sample, path, "pair_index", Kind.UINT);
        required(sample, path, "warmup", Kind.BOOLEAN);
        half(required(sample, path, "baseline", Kind.OBJECT), path + ".baseline");
        half(required(sample, path, "current", Kind.OBJECT), path + ".current");
        required(sample, path, "wall_diff_ms", Kind.INT);
        optional(sample, path, "rss_diff_kb", Kind.INT);
        optional(sample, path, "wall_diff_ns", Kind.INT);
    }

    private static void half(JsonNode half, String path) throws ReceiptFormatException {
        required(half, path, "wall_ms", Kind.UINT);
        required(half, path, "exit_code", Kind.INT);
        required(half, path, "timed_out", Kind.BOOLEAN);
        optional(half, path, "max_rss_kb", Kind.UINT);
        optional(half, path, "stdout", Kind.STRING);
        optional(half, path, "stderr", Kind.STRING);
        for (String added : new String[] {"wall_ns", "user_us", "sys_us"}) {
            optional(half, path, added, Kind.UINT);
        }
    }

    private static void stats(JsonNode stats) throws ReceiptFormatException {
        u64Summary(required(stats, "stats", "baseline_wall_ms", Kind.OBJECT), "stats.baseline_wall_ms");
        u64Summary(required(stats, "stats", "current_wall_ms", Kind.OBJECT), "stats.current_wall_ms");
        diffSummary(required(stats, "stats", "wall_diff_ms", Kind.OBJECT), "stats.wall_diff_ms");
        for (String name : new String[] {"baseline_max_rss_kb", "current_max_rss_kb"}) {
            JsonNode summary = optional(stats, "stats", name, Kind.OBJECT);
            if (summary != null) {
                u64Summary(summary, "stats." + name);
            }
        }
        for (String name : new String[] {"rss_diff_kb", "throughput_diff_per_s"}) {
            JsonNode summary = optional(stats, "stats", name, Kind.OBJECT);
            if (summary != null) {
                diffSummary(summary, "stats." + name);
            }
        }
    }

    private static void u64Summary(JsonNode summary, String path) throws ReceiptFormatException {
        for (String field : new String[] {"median", "min", "max"}) {
            required(summary, path, field, Kind.UINT);
        }
        optional(summary, path, "mean", Kind.NUMBER);
        optional(summary, path, "stddev", Kind.NUMBER);
    }

    private static void diffSummary(JsonNode summary, String path) throws ReceiptFormatException {
        for (String field : new String[] {"mean", "median", "std_dev", "min", "max"}) {
            required(summary, path, field, Kind.NUMBER);
        }
        required(summary, path, "count", Kind.UINT);
        JsonNode significance = optional(summary, path, "significance", Kind.OBJECT);
        if (significance != null) {
            String at = path + ".significance";
            required(significance, at, "test", Kind.STRING);
            if (!significance.has("p_value")) {
                throw missing(at + ".p_value");
            }
            optional(significance, at, "p_value", Kind.NUMBER);
            required(significance, at, "alpha", Kind.NUMBER);
            required(significance, at, "significant", Kind.BOOLEAN);
            required(significance, at, "baseline_samples", Kind.UINT);
            required(significance, at, "current_samples", Kind.UINT);
        }
    }

    /** Our addition: the settings re-analysis reads must be there, or a 0 would stand in for them. */
    private static void config(JsonNode config) throws ReceiptFormatException {
        required(config, "config", "significance_alpha", Kind.NUMBER);
        required(config, "config", "looks", Kind.UINT);
        required(config, "config", "alpha_per_look", Kind.NUMBER);
        required(config, "config", "on_inconclusive", Kind.STRING);
        for (String threshold : Thresholds.SETTINGS) {
            optional(config, "config", Thresholds.receiptField(threshold), Kind.NUMBER);
        }
        optional(config, "config", "allow_nonzero", Kind.BOOLEAN);
    }

    private static JsonNode required(JsonNode parent, String path, String field, Kind kind)
            throws ReceiptFormatException {
        String at = join(path, field);
        JsonNode node = parent.get(field);
        if (node == null) {
            throw missing(at);
        }
        if (node.isNull()) {
            throw new ReceiptFormatException(at, at + " is null; perfgate.paired.v1 requires " + kind.description);
        }
        if (!kind.accepts(node)) {
            throw wrongKind(at, node, kind);
        }
        return node;
    }

    /** The field, or {@code null} when absent or null (both mean "no value", as Rust's Option reads them). */
    private static JsonNode optional(JsonNode parent, String path, String field, Kind kind)
            throws ReceiptFormatException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!kind.accepts(node)) {
            throw wrongKind(join(path, field), node, kind);
        }
        return node;
    }

    private static ReceiptFormatException missing(String at) {
        return new ReceiptFormatException(at, at + " is missing; perfgate.paired.v1 requires it");
    }

    private static ReceiptFormatException wrongKind(String at, JsonNode node, Kind kind) {
        String shown = node.isContainerNode() ? (node.isArray() ? "an array" : "an object") : node.toString();
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "…";
        }
        return new ReceiptFormatException(
                at, at + " is " + shown + "; perfgate.paired.v1 requires " + kind.description);
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}

package dev.perfgate.merge;

import dev.perfgate.receipt.ArtifactProvenance;
import dev.perfgate.receipt.BenchmarkOrigin;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.RunConfig;
import dev.perfgate.receipt.Thresholds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Whether receipts belong to one merge: the same benchmark (name, commands, the same binaries), the same
 * metrics, gate settings and runner, and no run twice. Shards of one JMH suite may choose different
 * benchmarks ({@code <include>} / {@code <exclude>}): the merge takes the union. Machines and their paths may differ: a command's
 * argument that is the artifact file a side ran (a path in each runner's local repository) compares as
 * that artifact's coordinates and SHA-256.
 *
 * <p>Each refusal names the setting, the two values and the two files, so the user can see which shard
 * ran something else.
 */
public final class ReceiptCompatibility {

    /**
     * Settings the merge sets itself: receipts may differ in them, since the merge's value replaces theirs.
     */
    public record Overridden(Thresholds thresholds, boolean onInconclusive, boolean significanceAlpha) {

        public static final Overridden NONE = new Overridden(Thresholds.NONE, false, false);

        public Overridden {
            thresholds = thresholds == null ? Thresholds.NONE : thresholds;
        }
    }

    private final Overridden overridden;

    public ReceiptCompatibility(Overridden overridden) {
        this.overridden = overridden;
    }

    /**
     * Checks every receipt against the first and every run id against all others.
     *
     * @throws ReceiptSetException naming the first difference found
     */
    public void check(List<MergeStratum> strata) throws ReceiptSetException {
        Map<String, MergeStratum> byRunId = new HashMap<>();
        for (MergeStratum s : strata) {
            MergeStratum earlier = byRunId.putIfAbsent(s.receipt().run().id(), s);
            if (earlier != null) {
                throw new ReceiptSetException(
                        "receipts: the same run (id " + s.receipt().run().id() + ") is given"
                                + " twice, as " + earlier.name() + " and " + s.name() + "; its pairs would count twice."
                                + " Give each shard's receipt once");
            }
        }
        MergeStratum first = strata.get(0);
        for (MergeStratum other : strata.subList(1, strata.size())) {
            compare(first, other);
        }
    }

    private void compare(MergeStratum a, MergeStratum b) throws ReceiptSetException {
        same("bench.name", a, b, r -> r.bench().name());
        same(
                "bench.baseline_command",
                a,
                b,
                r -> comparableCommand(r.bench().baselineCommand(), r.bench().baselineArtifact(), r.config()));
        same(
                "bench.current_command",
                a,
                b,
                r -> comparableCommand(r.bench().currentCommand(), r.bench().currentArtifact(), r.config()));
        same("bench.baseline_artifact", a, b, r -> binary(r.bench().baselineArtifact()));
        same("bench.current_artifact", a, b, r -> binary(r.bench().currentArtifact()));
        same("config.metrics", a, b, r -> metrics(r.config()));
        same("run.runner", a, b, r -> r.run().runner());
        sameBenchmarks(a, b);
        for (String metric : Thresholds.METRIC_KEYS) {
            if (overridden.thresholds().of(metric) == null) {
                same(
                        "config." + snakeCase(Thresholds.setting(metric)),
                        a,
                        b,
                        r -> setting(r, c -> c.thresholds().of(metric)));
            }
        }
        if (!overridden.onInconclusive()) {
            same("config.on_inconclusive", a, b, r -> setting(r, RunConfig::onInconclusive));
        }
        if (!overridden.significanceAlpha()) {
            same("config.significance_alpha", a, b, r -> setting(r, RunConfig::significanceAlpha));
        }
        same("config.allow_nonzero", a, b, r -> setting(r, RunConfig::allowNonzero));
    }

    private static void same(String field, MergeStratum a, MergeStratum b, Function<PairedRunReceipt, Object> value)
            throws ReceiptSetException {
        Object va = value.apply(a.receipt());
        Object vb = value.apply(b.receipt());
        if (!Objects.equals(va, vb)) {
            throw new ReceiptSetException("receipts: " + a.name() + " and " + b.name() + " do not belong to one merge:"
                    + " " + field + " is " + shown(va) + " in " + a.name() + " but " + shown(vb) + " in " + b.name()
                    + ". Merge only receipts of the same benchmark and settings"
                    + (field.startsWith("config.")
                                    && !field.equals("config.metrics")
                                    && !field.equals("config.allow_nonzero")
                            ? " (or set that setting on the merge, which then replaces the receipts' own)"
                            : ""));
        }
    }

    /**
     * A JMH benchmark that both receipts ran is the same benchmark in both: same mode, unit and direction (a
     * benchmark measured as a throughput on one machine and as a time per operation on another cannot merge).
     */
    private static void sameBenchmarks(MergeStratum a, MergeStratum b) throws ReceiptSetException {
        Map<String, BenchmarkOrigin> first = a.receipt().benchmarks();
        Map<String, BenchmarkOrigin> second = b.receipt().benchmarks();
        if (first == null || second == null) {
            return;
        }
        for (Map.Entry<String, BenchmarkOrigin> e : first.entrySet()) {
            BenchmarkOrigin other = second.get(e.getKey());
            if (other != null && !other.equals(e.getValue())) {
                throw new ReceiptSetException("receipts: " + a.name() + " and " + b.name() + " do not belong to one"
                        + " merge: benchmark " + e.getKey() + " is " + described(e.getValue()) + " in " + a.name()
                        + " but " + described(other) + " in " + b.name()
                        + ". Run the same benchmark (mode, unit) in every shard");
            }
        }
    }

    private static String described(BenchmarkOrigin o) {
        return "'" + o.mode() + " in " + o.unit() + (o.className() == null ? "" : ", class " + o.className()) + "'";
    }

    /** The receipt's name of a setting: {@code failOnCpuRegression} is {@code fail_on_cpu_regression}. */
    private static String snakeCase(String setting) {
        return setting.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static String shown(Object v) {
        return v == null ? "absent" : "'" + v + "'";
    }

    /**
     * The command with the artifact's file (a path on that runner) replaced by a marker, and so are arguments
     * that are exactly a JMH suite's {@code include} or {@code exclude}: a suite split by benchmark passes
     * each shard's choice to JMH too (JMH's include pattern and {@code -e}), so its shards' commands differ
     * in that argument only.
     */
    static List<String> comparableCommand(List<String> command, ArtifactProvenance artifact, RunConfig config) {
        String file = artifact == null ? null : artifact.file();
        List<String> includes = new java.util.ArrayList<>();
        List<String> excludes = new java.util.ArrayList<>();
        for (MetricDefinition d : metricsAsRecorded(config)) {
            if (d.jmh() && d.include() != null) {
                includes.add(d.include());
            }
            if (d.jmh() && d.exclude() != null) {
                excludes.add(d.exclude());
            }
        }
        return command.stream()
                .map(arg -> includes.contains(arg)
                        ? "<include>"
                        : excludes.contains(arg) ? "<exclude>" : file == null ? arg : arg.replace(file, "<artifact>"))
                .toList();
    }

    private static List<MetricDefinition> metricsAsRecorded(RunConfig config) {
        return config == null || config.metrics() == null ? List.of() : config.metrics();
    }

    private static String binary(ArtifactProvenance artifact) {
        return artifact == null ? null : artifact.coordinates() + " sha256 " + artifact.sha256();
    }

    /** The metric definitions, a JMH suite's choice of benchmarks left out (a suite split by benchmark). */
    private static List<MetricDefinition> metrics(RunConfig config) {
        return config == null || config.metrics() == null
                ? List.of()
                : config.metrics().stream()
                        .map(MetricDefinition::withoutSelection)
                        .toList();
    }

    /**
     * A recorded setting; a receipt without {@code config} (upstream's) is judged with perfgate's
     * assumptions (no thresholds, {@code warn}, alpha from its significance block or 0.05), so those are
     * what it is compared by.
     */
    private static Object setting(PairedRunReceipt r, Function<RunConfig, Object> value) {
        return value.apply(r.config() != null ? r.config() : UpstreamSettings.assumed(r));
    }
}

package dev.perfgate.paired.config;

import dev.perfgate.receipt.CommandHooks;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.Thresholds;
import dev.perfgate.stats.AlphaSpending;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a paired run needs, in the use case's terms. Build one with {@link #builder()}; check it
 * with {@link RequestValidator} (the use case does so before any command runs).
 *
 * @param workingDirectory     where both commands run, or {@code null} for the current directory
 * @param repeat               measured pairs before the first look, or {@code null} for the fewest that
 *                             can decide
 * @param maxRetries           the most looks after the first, or {@code null} for as many as the plan has
 * @param requireSignificance  sequential looks ({@code true}) or one look ({@code false}); {@code null}:
 *                             sequential unless {@code repeat} is set (see {@link LookPlanner})
 * @param workUnits            units of work per run, for throughput, or {@code null}
 * @param timeout              per-run limit, or {@code null}
 * @param cvThreshold          stop retrying once the noise (CV) exceeds this, or {@code null}
 * @param thresholds           the gate's thresholds on the built-in metrics ({@link Thresholds#NONE}: report only)
 * @param seed                 seed for the pair order, or {@code null} to derive it from the run id
 * @param metrics              numbers read from each run's output and gated like wall time (none: empty)
 * @param maxPairs             the pair budget: measured pairs at the last look
 * @param maxDuration          the time budget (the runs' summed wall time), or {@code null} for none
 * @param alphaSpending        how the looks share alpha; the plugin always uses the default, the gate
 *                             simulation compares others
 * @param hooks                commands run around the measured ones, untimed ({@link CommandHooks#NONE}: none)
 * @param shard                this run is one shard of a benchmark whose verdict the merge of all shards takes,
 *                             or {@code null}
 */
public record PairedRunRequest(
        String name,
        Path workingDirectory,
        List<String> baselineCommand,
        List<String> currentCommand,
        Integer repeat,
        int warmup,
        Long workUnits,
        Duration timeout,
        Map<String, String> environment,
        long outputCapBytes,
        boolean allowNonzero,
        boolean includeHostnameHash,
        Boolean requireSignificance,
        double significanceAlpha,
        int significanceMinSamples,
        Integer maxRetries,
        Double cvThreshold,
        Thresholds thresholds,
        InconclusivePolicy onInconclusive,
        PairOrder order,
        Long seed,
        List<MetricDefinition> metrics,
        int maxPairs,
        Duration maxDuration,
        AlphaSpending alphaSpending,
        CommandHooks hooks,
        Shard shard) {

    public PairedRunRequest {
        baselineCommand = baselineCommand == null ? List.of() : List.copyOf(baselineCommand);
        currentCommand = currentCommand == null ? List.of() : List.copyOf(currentCommand);
        environment = environment == null ? Map.of() : withEmptyValues(environment);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        thresholds = thresholds == null ? Thresholds.NONE : thresholds;
        hooks = hooks == null ? CommandHooks.NONE : hooks;
    }

    /** Maven injects {@code <FOO/>} as a null value: the user asked for FOO set to the empty string. */
    private static Map<String, String> withEmptyValues(Map<String, String> environment) {
        Map<String, String> copy = new LinkedHashMap<>();
        environment.forEach((key, value) -> copy.put(key, value == null ? "" : value));
        return Map.copyOf(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults are the plugin's, from {@link PairedDefaults}. */
    public static final class Builder {
        private String name = PairedDefaults.NAME;
        private Path workingDirectory;
        private List<String> baselineCommand = List.of();
        private List<String> currentCommand = List.of();
        private Integer repeat;
        private int warmup = Integer.parseInt(PairedDefaults.WARMUP);
        private Long workUnits;
        private Duration timeout;
        private Map<String, String> environment = new LinkedHashMap<>();
        private long outputCapBytes = Long.parseLong(PairedDefaults.OUTPUT_CAP_BYTES);
        private boolean allowNonzero;
        private boolean includeHostnameHash;
        private Boolean requireSignificance;
        private double significanceAlpha = Double.parseDouble(PairedDefaults.SIGNIFICANCE_ALPHA);
        private int significanceMinSamples = Integer.parseInt(PairedDefaults.SIGNIFICANCE_MIN_SAMPLES);
        private Integer maxRetries;
        private Double cvThreshold;
        private Thresholds thresholds = Thresholds.NONE;
        private InconclusivePolicy onInconclusive = defaultPolicy();
        private PairOrder order = defaultOrder();
        private Long seed;
        private List<MetricDefinition> metrics = List.of();
        private int maxPairs = Integer.parseInt(PairedDefaults.MAX_PAIRS);
        private Shard shard;
        private Duration maxDuration = defaultMaxDuration();
        private AlphaSpending alphaSpending = AlphaSpending.DEFAULT;
        private CommandHooks hooks = CommandHooks.NONE;

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder workingDirectory(Path value) {
            workingDirectory = value;
            return this;
        }

        public Builder baselineCommand(List<String> value) {
            baselineCommand = value;
            return this;
        }

        public Builder currentCommand(List<String> value) {
            currentCommand = value;
            return this;
        }

        public Builder repeat(Integer value) {
            repeat = value;
            return this;
        }

        public Builder warmup(int value) {
            warmup = value;
            return this;
        }

        public Builder workUnits(Long value) {
            workUnits = value;
            return this;
        }

        public Builder timeout(Duration value) {
            timeout = value;
            return this;
        }

        public Builder environment(Map<String, String> value) {
            environment = value;
            return this;
        }

        public Builder outputCapBytes(long value) {
            outputCapBytes = value;
            return this;
        }

        public Builder allowNonzero(boolean value) {
            allowNonzero = value;
            return this;
        }

        public Builder includeHostnameHash(boolean value) {
            includeHostnameHash = value;
            return this;
        }

        public Builder requireSignificance(Boolean value) {
            requireSignificance = value;
            return this;
        }

        public Builder significanceAlpha(double value) {
            significanceAlpha = value;
            return this;
        }

        public Builder significanceMinSamples(int value) {
            significanceMinSamples = value;
            return this;
        }

        public Builder maxRetries(Integer value) {
            maxRetries = value;
            return this;
        }

        public Builder cvThreshold(Double value) {
            cvThreshold = value;
            return this;
        }

        public Builder thresholds(Thresholds value) {
            thresholds = value;
            return this;
        }
        /** One threshold, by the metric's receipt key, e.g. {@code threshold("wall_time", 5.0)}. */
        public Builder threshold(String metricKey, Double percent) {
            thresholds = thresholds.with(metricKey, percent);
            return this;
        }

        public Builder onInconclusive(InconclusivePolicy value) {
            onInconclusive = value;
            return this;
        }

        public Builder order(PairOrder value) {
            order = value;
            return this;
        }

        public Builder seed(Long value) {
            seed = value;
            return this;
        }

        public Builder metrics(List<MetricDefinition> value) {
            metrics = value;
            return this;
        }

        public Builder maxPairs(int value) {
            maxPairs = value;
            return this;
        }

        public Builder maxDuration(Duration value) {
            maxDuration = value;
            return this;
        }

        public Builder alphaSpending(AlphaSpending value) {
            alphaSpending = value;
            return this;
        }

        public Builder hooks(CommandHooks value) {
            hooks = value;
            return this;
        }

        public Builder shard(Shard value) {
            shard = value;
            return this;
        }

        public PairedRunRequest build() {
            return new PairedRunRequest(
                    name,
                    workingDirectory,
                    baselineCommand,
                    currentCommand,
                    repeat,
                    warmup,
                    workUnits,
                    timeout,
                    environment,
                    outputCapBytes,
                    allowNonzero,
                    includeHostnameHash,
                    requireSignificance,
                    significanceAlpha,
                    significanceMinSamples,
                    maxRetries,
                    cvThreshold,
                    thresholds,
                    onInconclusive,
                    order,
                    seed,
                    metrics,
                    maxPairs,
                    maxDuration,
                    alphaSpending,
                    hooks,
                    shard);
        }

        private static InconclusivePolicy defaultPolicy() {
            return parseDefault(() -> InconclusivePolicy.fromConfigName(PairedDefaults.ON_INCONCLUSIVE));
        }

        private static PairOrder defaultOrder() {
            return parseDefault(() -> PairOrder.fromConfigName(PairedDefaults.ORDER));
        }

        private static Duration defaultMaxDuration() {
            return parseDefault(() -> DurationParser.parse("maxDuration", PairedDefaults.MAX_DURATION));
        }

        private interface DefaultValue<T> {
            T parse() throws InvalidConfigurationException;
        }

        /** A default that does not parse is a bug in {@link PairedDefaults}, not a user error. */
        private static <T> T parseDefault(DefaultValue<T> value) {
            try {
                return value.parse();
            } catch (InvalidConfigurationException e) {
                throw new IllegalStateException("PairedDefaults holds an invalid default", e);
            }
        }
    }
}

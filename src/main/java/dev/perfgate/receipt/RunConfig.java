package dev.perfgate.receipt;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * Every setting that shaped the run (added to v1, which forgets them), so a receipt can be
 * re-analysed and a reader can tell a requested figure from an achieved one. Fields from
 * {@code max_pairs} on record the sequential plan; receipts from pre-release builds lack them. Build one
 * with {@link #builder()}.
 *
 * @param looks planned looks
 * @param thresholds the gate's thresholds on the built-in metrics, written as today's {@code fail_on_*} fields
 * @param alphaPerLook two-sided level of the look the verdict rests on (the last look taken)
 * @param maxPairs the pair budget: measured pairs at the last planned look
 * @param maxDurationMs the time budget: the sum of the runs' wall times (warmups included) after which no new look is started
 * @param alphaSpending the spending function the looks' levels come from, e.g. {@code linear}
 * @param plannedLooks measured pairs at each planned look
 * @param lookAlphas two-sided level of each planned look; they add up to 2 · significance_alpha
 * @param looksTaken looks actually taken; the verdict rests on the last of them
 * @param metrics the {@code <metrics>} gated beside wall time, or {@code null} when none
 * @param stopReason why the run stopped: {@code decided}, {@code max_pairs}, {@code max_duration}, {@code cv_threshold},
 *                   {@code failed_runs}, {@code failed_hook} or {@code interrupted}
 * @param hooks the commands run around the measured ones, or {@code null} when none
 * @param shard which shard of a sharded benchmark this run was, e.g. {@code 2/4}; {@code null} when not sharded
 */
public record RunConfig(
        long requestedRepeat,
        long warmup,
        long maxRetries,
        boolean requireSignificance,
        double significanceAlpha,
        long significanceMinSamples,
        long looks,
        double alphaPerLook,
        Double cvThreshold,
        @JsonUnwrapped Thresholds thresholds,
        String onInconclusive,
        String order,
        long seed,
        String runner,
        boolean allowNonzero,
        long outputCapBytes,
        Long timeoutMs,
        Long maxPairs,
        Long maxDurationMs,
        String alphaSpending,
        List<Long> plannedLooks,
        List<Double> lookAlphas,
        Long looksTaken,
        String stopReason,
        List<MetricDefinition> metrics,
        CommandHooks hooks,
        String shard) {

    public RunConfig {
        thresholds = thresholds == null ? Thresholds.NONE : thresholds;
        plannedLooks = plannedLooks == null ? null : List.copyOf(plannedLooks);
        lookAlphas = lookAlphas == null ? null : List.copyOf(lookAlphas);
        metrics = metrics == null || metrics.isEmpty() ? null : List.copyOf(metrics);
        hooks = hooks == null || hooks.isEmpty() ? null : hooks;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this config's values, to change a few. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.requestedRepeat = requestedRepeat;
        b.warmup = warmup;
        b.maxRetries = maxRetries;
        b.requireSignificance = requireSignificance;
        b.significanceAlpha = significanceAlpha;
        b.significanceMinSamples = significanceMinSamples;
        b.looks = looks;
        b.alphaPerLook = alphaPerLook;
        b.cvThreshold = cvThreshold;
        b.thresholds = thresholds;
        b.onInconclusive = onInconclusive;
        b.order = order;
        b.seed = seed;
        b.runner = runner;
        b.allowNonzero = allowNonzero;
        b.outputCapBytes = outputCapBytes;
        b.timeoutMs = timeoutMs;
        b.metrics = metrics;
        b.maxPairs = maxPairs;
        b.maxDurationMs = maxDurationMs;
        b.alphaSpending = alphaSpending;
        b.plannedLooks = plannedLooks;
        b.lookAlphas = lookAlphas;
        b.looksTaken = looksTaken;
        b.stopReason = stopReason;
        b.hooks = hooks;
        b.shard = shard;
        return b;
    }

    /** Named setters instead of 26 positional arguments. */
    public static final class Builder {
        private long requestedRepeat;
        private long warmup;
        private long maxRetries;
        private boolean requireSignificance;
        private double significanceAlpha;
        private long significanceMinSamples;
        private long looks;
        private double alphaPerLook;
        private Double cvThreshold;
        private Thresholds thresholds = Thresholds.NONE;
        private String onInconclusive;
        private String order;
        private long seed;
        private String runner;
        private boolean allowNonzero;
        private long outputCapBytes;
        private Long timeoutMs;
        private List<MetricDefinition> metrics;
        private Long maxPairs;
        private Long maxDurationMs;
        private String alphaSpending;
        private List<Long> plannedLooks;
        private List<Double> lookAlphas;
        private Long looksTaken;
        private String stopReason;
        private CommandHooks hooks;
        private String shard;

        public Builder requestedRepeat(long value) {
            requestedRepeat = value;
            return this;
        }

        public Builder warmup(long value) {
            warmup = value;
            return this;
        }

        public Builder maxRetries(long value) {
            maxRetries = value;
            return this;
        }

        public Builder requireSignificance(boolean value) {
            requireSignificance = value;
            return this;
        }

        public Builder significanceAlpha(double value) {
            significanceAlpha = value;
            return this;
        }

        public Builder significanceMinSamples(long value) {
            significanceMinSamples = value;
            return this;
        }

        public Builder looks(long value) {
            looks = value;
            return this;
        }

        public Builder alphaPerLook(double value) {
            alphaPerLook = value;
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

        public Builder onInconclusive(String value) {
            onInconclusive = value;
            return this;
        }

        public Builder order(String value) {
            order = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder runner(String value) {
            runner = value;
            return this;
        }

        public Builder allowNonzero(boolean value) {
            allowNonzero = value;
            return this;
        }

        public Builder outputCapBytes(long value) {
            outputCapBytes = value;
            return this;
        }

        public Builder timeoutMs(Long value) {
            timeoutMs = value;
            return this;
        }

        public Builder metrics(List<MetricDefinition> value) {
            metrics = value;
            return this;
        }

        public Builder maxPairs(Long value) {
            maxPairs = value;
            return this;
        }

        public Builder maxDurationMs(Long value) {
            maxDurationMs = value;
            return this;
        }

        public Builder alphaSpending(String value) {
            alphaSpending = value;
            return this;
        }

        public Builder plannedLooks(List<Long> value) {
            plannedLooks = value;
            return this;
        }

        public Builder lookAlphas(List<Double> value) {
            lookAlphas = value;
            return this;
        }

        public Builder looksTaken(Long value) {
            looksTaken = value;
            return this;
        }

        public Builder stopReason(String value) {
            stopReason = value;
            return this;
        }

        public Builder hooks(CommandHooks value) {
            hooks = value;
            return this;
        }

        public Builder shard(String value) {
            shard = value;
            return this;
        }

        public RunConfig build() {
            return new RunConfig(
                    requestedRepeat,
                    warmup,
                    maxRetries,
                    requireSignificance,
                    significanceAlpha,
                    significanceMinSamples,
                    looks,
                    alphaPerLook,
                    cvThreshold,
                    thresholds,
                    onInconclusive,
                    order,
                    seed,
                    runner,
                    allowNonzero,
                    outputCapBytes,
                    timeoutMs,
                    maxPairs,
                    maxDurationMs,
                    alphaSpending,
                    plannedLooks,
                    lookAlphas,
                    looksTaken,
                    stopReason,
                    metrics,
                    hooks,
                    shard);
        }
    }
}

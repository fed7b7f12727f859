package dev.perfgate.paired;

import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.paired.config.RequestValidator;
import dev.perfgate.paired.config.SettingNames;
import dev.perfgate.paired.gate.GateEvaluation;
import dev.perfgate.paired.gate.GateEvaluator;
import dev.perfgate.paired.gate.GateSettings;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.ReceiptFormatException;
import dev.perfgate.receipt.RunConfig;
import dev.perfgate.receipt.Thresholds;
import dev.perfgate.receipt.VerdictReport;
import dev.perfgate.stats.FamilyGate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-analyses a receipt from its samples and recorded settings: the same measured pairs, order and
 * level of the last look taken ({@code config.alpha_per_look}, one of {@code config.look_alphas}) give
 * the same analysis and verdict as the run that wrote it. Lets anyone check a
 * receipt's numbers, or judge it again — with other thresholds if wanted — without running anything.
 */
public final class ReceiptAnalyzer {

    private final SettingNames names;

    /** Messages name settings by their keys. */
    public ReceiptAnalyzer() {
        this(SettingNames.KEYS);
    }

    /** Messages and advice name settings as {@code names} says. */
    public ReceiptAnalyzer(SettingNames names) {
        this.names = names;
    }

    /** What re-analysis found. */
    public record Result(Map<String, MetricAnalysisReport> analysis, VerdictReport verdict) {}

    /**
     * New thresholds or policy for {@link #judge}; a {@code null} field keeps the receipt's own setting.
     */
    public record Overrides(Thresholds thresholds, InconclusivePolicy onInconclusive) {

        public static final Overrides NONE = new Overrides(Thresholds.NONE, null);

        public Overrides {
            thresholds = thresholds == null ? Thresholds.NONE : thresholds;
        }
    }

    /** Re-analyses with the receipt's own settings. */
    public Result analyze(PairedRunReceipt receipt) throws InvalidConfigurationException, ReceiptFormatException {
        PairedRunReceipt judged = judge(receipt, Overrides.NONE).receipt();
        return new Result(judged.analysis(), judged.verdict());
    }

    /**
     * Judges the receipt's measured pairs again, with {@code overrides} over its recorded settings, as the
     * run would have: failed runs (exit codes, timeouts) and the gate's reasons make it fail. A receipt
     * without {@code config} (upstream perfgate's) is judged with the settings {@link #assumptions} describes.
     *
     * @return an outcome whose receipt carries the new {@code analysis}, {@code verdict} and settings
     * @throws InvalidConfigurationException when an override is out of range
     * @throws ReceiptFormatException        when the receipt has no measured pairs or its config is out of range
     */
    public PairedRunOutcome judge(PairedRunReceipt receipt, Overrides overrides)
            throws InvalidConfigurationException, ReceiptFormatException {
        List<PairedSample> measured = receipt.measuredSamples();
        if (measured.isEmpty()) {
            throw new ReceiptFormatException(
                    "samples",
                    "the receipt has no measured pairs (samples that are not"
                            + " warmup), so there is nothing to judge");
        }
        RunConfig config = withOverrides(RecordedSettings.of(receipt), overrides);
        GateEvaluation evaluation = evaluate(receipt, config, measured);

        RunFailures failures = new RunFailures(config.allowNonzero());
        measured.forEach(failures::check);
        List<String> reasons = new ArrayList<>(failures.reasons());
        reasons.addAll(evaluation.failureReasons());
        PairedRunReceipt judged = new PairedRunReceipt(
                receipt.schema(),
                receipt.tool(),
                receipt.run(),
                receipt.bench(),
                receipt.samples(),
                receipt.stats(),
                receipt.noiseDiagnostics(),
                config,
                evaluation.analysis(),
                evaluation.verdict(),
                receipt.benchmarks());
        return new PairedRunOutcome(judged, !reasons.isEmpty(), reasons, evaluation.warnings());
    }

    /**
     * The last look again, as the run took it. A receipt whose verdict records the family gate is replayed look
     * by look on the pairs each look had (decisions carry from look to look); older receipts judged each metric
     * on its own at the last look.
     */
    private GateEvaluation evaluate(PairedRunReceipt receipt, RunConfig config, List<PairedSample> measured)
            throws InvalidConfigurationException {
        GateSettings settings = GateSettings.of(config, names);
        Map<String, dev.perfgate.receipt.BenchmarkOrigin> origins =
                receipt.benchmarks() == null ? Map.of() : receipt.benchmarks();
        VerdictReport recorded = receipt.verdict();
        boolean family = recorded != null
                && recorded.family() != null
                && FamilyGate.METHOD.equals(recorded.family().method());
        if (!family) {
            return GateEvaluator.perMetric(settings, origins).evaluate(measured);
        }
        FamilyGate gate = new FamilyGate();
        List<Long> looks = config.plannedLooks();
        List<Double> alphas = config.lookAlphas();
        int taken = config.looksTaken() == null ? 1 : Math.toIntExact(config.looksTaken());
        if (looks != null && alphas != null && taken <= looks.size()) {
            for (int k = 0; k < taken - 1; k++) {
                int pairs = (int) Math.min(looks.get(k), measured.size());
                new GateEvaluator(settings.atLevel(alphas.get(k)), gate, origins).evaluate(measured.subList(0, pairs));
            }
        }
        return new GateEvaluator(settings, gate, origins).evaluate(measured);
    }

    /**
     * What {@link #judge} assumes for a receipt without {@code config}, in one line for the log; empty when
     * the receipt recorded its settings.
     */
    public Optional<String> assumptions(PairedRunReceipt receipt, Overrides overrides)
            throws InvalidConfigurationException, ReceiptFormatException {
        return Optional.ofNullable(
                RecordedSettings.assumptions(receipt, withOverrides(RecordedSettings.of(receipt), overrides), names));
    }

    private static RunConfig withOverrides(RunConfig c, Overrides o) throws InvalidConfigurationException {
        RequestValidator.thresholds(o.thresholds());
        return c.toBuilder()
                .thresholds(c.thresholds().overriddenBy(o.thresholds()))
                .onInconclusive(o.onInconclusive() != null ? o.onInconclusive().configName() : c.onInconclusive())
                .build();
    }
}

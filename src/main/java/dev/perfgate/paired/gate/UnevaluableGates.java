package dev.perfgate.paired.gate;

import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.receipt.VerdictReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gated metrics that could not be evaluated (not measured by the runner, figures missing). Each one
 * makes the verdict INCONCLUSIVE with its reason, unless another metric already FAILs, so that
 * {@code onInconclusive} decides what the build does: a gated metric is never merely reported.
 */
public final class UnevaluableGates {

    /** One gated metric without usable figures. */
    record Gate(GateMetric metric, double thresholdPct, String reason) {

        String headline() {
            return String.format(
                    Locale.ROOT, "%s — INCONCLUSIVE (threshold %.1f%%): %s", metric.label(), thresholdPct, reason);
        }
    }

    private final List<Gate> gates = new ArrayList<>();

    public void add(GateMetric metric, double thresholdPct, String reason) {
        gates.add(new Gate(metric, thresholdPct, reason));
    }

    /** The evaluation of the other metrics with these gates' INCONCLUSIVE added. */
    public GateEvaluation applyTo(GateEvaluation evaluation, InconclusivePolicy onInconclusive) {
        if (gates.isEmpty()) {
            return evaluation;
        }
        VerdictReport verdict = evaluation.verdict();
        List<String> reasons = new ArrayList<>(verdict.reasons());
        List<String> failures = new ArrayList<>(evaluation.failureReasons());
        List<String> warnings = new ArrayList<>(evaluation.warnings());
        for (Gate gate : gates) {
            reasons.add(gate.headline());
            String why = gate.metric().label() + " cannot be evaluated: " + gate.reason();
            onInconclusive.file(why, failures, warnings);
        }
        // A FAIL stays a FAIL, and an INCONCLUSIVE keeps the metric that made it so.
        boolean keepDeciding = "fail".equals(verdict.status()) || "inconclusive".equals(verdict.status());
        VerdictReport judged = keepDeciding
                ? verdict.withReasons(reasons)
                : new VerdictReport(
                        "inconclusive",
                        gates.get(0).metric().key(),
                        gates.get(0).thresholdPct(),
                        reasons,
                        null,
                        verdict.family(),
                        verdict.notCompared());
        // More pairs cannot give figures a runner does not measure, so "decided" stays the other metrics' own.
        return new GateEvaluation(
                judged,
                evaluation.analysis(),
                evaluation.decided(),
                evaluation.undecidedBecause(),
                evaluation.noiseCv(),
                failures,
                warnings);
    }
}

package dev.perfgate.paired.gate;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.stats.DirectedChange;
import dev.perfgate.stats.GateDecision;
import dev.perfgate.stats.MetricAnalysis;
import dev.perfgate.stats.NoiseFigures;
import dev.perfgate.stats.OrderEffect;
import dev.perfgate.stats.VerdictStatus;
import dev.perfgate.stats.WilcoxonSignedRank.WilcoxonResult;
import java.util.Locale;

/** Maps the statistics' results onto the receipt's {@code analysis} records. */
final class AnalysisReports {

    private AnalysisReports() {}

    /** With what the family gate adds: the direction (and own-terms figures), ruler, and the FAIL test's level. */
    static MetricAnalysisReport from(
            MetricAnalysis a,
            GateDecision decision,
            Double thresholdPct,
            boolean higherIsBetter,
            boolean ruler,
            Double failLevel) {
        return directed(from(a, decision, thresholdPct), higherIsBetter, ruler, failLevel);
    }

    /** {@code r} with the direction (and own-terms figures), ruler mark and the FAIL test's level added. */
    static MetricAnalysisReport directed(
            MetricAnalysisReport r, boolean higherIsBetter, boolean ruler, Double failLevel) {
        return new MetricAnalysisReport(
                r.method(),
                r.n(),
                r.alpha(),
                r.estimatePct(),
                r.ciLowerPct(),
                r.ciUpperPct(),
                r.confidenceRequested(),
                r.confidenceAchieved(),
                r.estimateLog(),
                r.ciLowerLog(),
                r.ciUpperLog(),
                r.wilcoxon(),
                r.tTest(),
                r.mdePct(),
                r.noise(),
                r.orderEffect(),
                r.status(),
                r.thresholdPct(),
                r.reason(),
                r.pairsLikelyNeeded(),
                higherIsBetter ? MetricDefinition.HIGHER : null,
                higherIsBetter ? DirectedChange.ownPct(r.estimatePct(), true) : null,
                higherIsBetter ? DirectedChange.ownPct(r.ciUpperPct(), true) : null,
                higherIsBetter ? DirectedChange.ownPct(r.ciLowerPct(), true) : null,
                ruler ? Boolean.TRUE : null,
                failLevel);
    }

    static MetricAnalysisReport from(MetricAnalysis a, GateDecision decision, Double thresholdPct) {
        WilcoxonResult w = a.wilcoxon();
        NoiseFigures noise = a.noise();
        OrderEffect order = a.orderEffect();
        return new MetricAnalysisReport(
                a.method(),
                a.n(),
                a.alpha(),
                a.estimatePct(),
                a.ciLowerPct(),
                a.ciUpperPct(),
                a.hodgesLehmann().requestedConfidence(),
                a.hodgesLehmann().achievedConfidence(),
                a.hodgesLehmann().estimate(),
                a.hodgesLehmann().lower(),
                a.hodgesLehmann().upper(),
                new MetricAnalysisReport.WilcoxonReport(
                        w.statistic(), w.zeros(), w.pTwoSided(), w.pGreater(), w.exact()),
                new MetricAnalysisReport.TTestReport(
                        a.tMeanPct(),
                        a.tCiLowerPct(),
                        a.tCiUpperPct(),
                        a.tTest().pValue()),
                a.mdePct(),
                new MetricAnalysisReport.NoiseReport(
                        noise.logRatioRobustCvPct(),
                        noise.baselineRobustCvPct(),
                        noise.currentRobustCvPct(),
                        noise.outliers(),
                        a.drift().spearmanRho(),
                        a.drift().pValue(),
                        a.drift().drifting()),
                order == null
                        ? null
                        : new MetricAnalysisReport.OrderEffectReport(
                                order.baselineFirstPairs(), order.currentFirstPairs(), order.firstMinusSecondPct()),
                status(decision.status()),
                thresholdPct,
                decision.reason(),
                decision.pairsLikelyNeeded() == null ? null : (long) decision.pairsLikelyNeeded());
    }

    /** The receipt's word for a status: {@code pass}, {@code fail}, {@code inconclusive}, or {@code report} for null (no threshold). */
    static String status(VerdictStatus status) {
        return status == null ? "report" : status.name().toLowerCase(Locale.ROOT);
    }
}

package dev.perfgate.paired.gate;

import dev.perfgate.receipt.BenchmarkOrigin;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import dev.perfgate.receipt.VerdictReport;
import dev.perfgate.stats.FamilyGate;
import dev.perfgate.stats.FamilyMember;
import dev.perfgate.stats.GateDecision;
import dev.perfgate.stats.LogRatios;
import dev.perfgate.stats.MetricAnalysis;
import dev.perfgate.stats.PairedAnalyzer;
import dev.perfgate.stats.VerdictStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses every measured metric (wall time always; CPU time and peak memory when the runner measured
 * them; every {@code <metric>}, every benchmark of a JMH suite) at one look and judges all that have a
 * threshold together, by {@link FamilyGate}: Holm's step-down over the gated metrics at the look's level,
 * so the chance that any of them falsely FAILs, over all looks, stays within the run's alpha. The run's
 * verdict is the worst of its gated metrics, INCONCLUSIVE when a ruler moved; without thresholds it only
 * reports.
 */
public final class GateEvaluator {

    /** The receipt's name for judging each metric on its own (receipts written before the family gate). */
    static final String PER_METRIC = "per_metric";

    private final GateSettings settings;
    private final FamilyGate family;
    private final boolean perMetric;
    private final Map<String, BenchmarkOrigin> origins;

    /** Judges the gated metrics together, the family's decisions carried from look to look in {@code family}. */
    public GateEvaluator(GateSettings settings, FamilyGate family, Map<String, BenchmarkOrigin> origins) {
        this(settings, family, false, origins);
    }

    /** Judges each gated metric on its own at the look's level, as receipts before the family gate did. */
    public static GateEvaluator perMetric(GateSettings settings, Map<String, BenchmarkOrigin> origins) {
        return new GateEvaluator(settings, null, true, origins);
    }

    private GateEvaluator(
            GateSettings settings, FamilyGate family, boolean perMetric, Map<String, BenchmarkOrigin> origins) {
        this.settings = settings;
        this.family = family;
        this.perMetric = perMetric;
        this.origins = origins == null ? Map.of() : origins;
    }

    /** A metric analysed at this look, before the family's decision. */
    private record Analysed(GateMetric metric, MetricAnalysis analysis, Double threshold, FamilyMember member) {}

    public GateEvaluation evaluate(List<PairedSample> measured) {
        Map<String, String> notCompared = new LinkedHashMap<>();
        List<GateMetric> metrics = new ArrayList<>(settings.metrics());
        metrics.addAll(JmhBenchmarkMetric.expand(settings.outputMetrics(), measured, origins, notCompared));
        List<String> headlines = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        UnevaluableGates unevaluable = new UnevaluableGates();
        List<Analysed> analysed = new ArrayList<>();
        for (GateMetric metric : metrics) {
            Double threshold = settings.threshold(metric);
            UsablePairs figures = UsablePairs.of(measured, metric, settings.runner(), settings.alphaPerLook());
            if (!figures.evaluable()) {
                if (metric instanceof JmhBenchmarkMetric) {
                    notCompared.put(metric.key(), figures.unevaluableReason());
                } else if (threshold != null) {
                    unevaluable.add(metric, threshold, figures.unevaluableReason());
                }
                continue;
            }
            if (figures.leftOutNote() != null && threshold != null) {
                warnings.add(figures.leftOutNote());
                headlines.add(figures.leftOutNote());
            }
            double[][] values = values(figures.pairs(), metric);
            MetricAnalysis a = PairedAnalyzer.analyze(
                    metric.label(), values[0], values[1], baselineFirst(figures.pairs()), settings.alphaPerLook());
            analysed.add(new Analysed(
                    metric,
                    a,
                    threshold,
                    FamilyMember.of(
                            metric.key(),
                            metric.label(),
                            metric.higherIsBetter(),
                            threshold,
                            metric.ruler(),
                            a,
                            LogRatios.of(values[0], values[1]))));
        }
        List<FamilyGate.Verdict> verdicts = new ArrayList<>();
        FamilyGate.Look look = judge(analysed, verdicts);

        Map<String, MetricAnalysisReport> analysis = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        MetricAnalysisReport deciding = null;
        GateDecision decidingDecision = null;
        GateMetric decidingMetric = GatedMetric.WALL_TIME;
        for (int i = 0; i < analysed.size(); i++) {
            Analysed m = analysed.get(i);
            GateDecision decision = verdicts.get(i).decision();
            MetricAnalysisReport report = AnalysisReports.from(
                    m.analysis(),
                    decision,
                    m.threshold(),
                    m.metric().higherIsBetter(),
                    m.metric().ruler(),
                    verdicts.get(i).failLevel());
            analysis.put(m.metric().key(), report);
            headlines.add(m.metric().headline(report));
            judge(m.metric(), decision, report, measured, failures, warnings);
            if (deciding == null || rank(decision) > rank(decidingDecision)) {
                deciding = report;
                decidingDecision = decision;
                decidingMetric = m.metric();
            }
        }
        notCompared.forEach((key, why) -> headlines.add(key + " — not compared: " + why));
        VerdictStatus status = decidingDecision == null ? null : decidingDecision.status();
        if (!look.trippedRulers().isEmpty()) {
            // The two sides did not run alike: no benchmark's FAIL can be trusted, so none fails the build.
            String key = look.trippedRulers().keySet().iterator().next();
            status = VerdictStatus.INCONCLUSIVE;
            deciding = analysis.get(key);
            decidingMetric = analysed.stream()
                    .map(Analysed::metric)
                    .filter(g -> g.key().equals(key))
                    .findFirst()
                    .orElse(decidingMetric);
            failures.removeIf(f -> !f.startsWith("INCONCLUSIVE"));
        }
        MetricAnalysisReport wall = analysis.get(GatedMetric.WALL_TIME.key());
        boolean decided =
                settings.anyThreshold() ? look.allDecided() || look.failed() > 0 : distinguishableFromZero(wall);
        String undecidedBecause = decided
                ? null
                : status == VerdictStatus.INCONCLUSIVE
                        ? undecided(look, deciding)
                        : "the wall-time change is not yet distinguishable from 0";
        VerdictReport verdict = new VerdictReport(
                AnalysisReports.status(status),
                decidingMetric.key(),
                deciding == null ? null : deciding.thresholdPct(),
                headlines,
                deciding == null ? null : deciding.pairsLikelyNeeded(),
                new VerdictReport.FamilyReport(
                        perMetric ? PER_METRIC : FamilyGate.METHOD,
                        look.familySize(),
                        look.failed(),
                        look.undecided(),
                        List.copyOf(look.trippedRulers().keySet())),
                notCompared);
        return unevaluable.applyTo(
                new GateEvaluation(
                        verdict,
                        analysis,
                        decided,
                        undecidedBecause,
                        NoiseDiagnosticsCalculator.wallDiffCv(measured),
                        failures,
                        warnings),
                settings.onInconclusive());
    }

    /** The family's decisions, or each metric's own when judging per metric; {@code verdicts} in order. */
    private FamilyGate.Look judge(List<Analysed> analysed, List<FamilyGate.Verdict> verdicts) {
        List<FamilyMember> members = analysed.stream().map(Analysed::member).toList();
        if (!perMetric) {
            FamilyGate.Look look = family.look(members, settings.alphaPerLook());
            verdicts.addAll(look.verdicts());
            return look;
        }
        int size = 0;
        int undecided = 0;
        int failed = 0;
        Map<String, String> tripped = new LinkedHashMap<>();
        for (FamilyMember m : members) {
            FamilyGate.Look one = new FamilyGate().look(List.of(m), settings.alphaPerLook());
            verdicts.add(one.verdicts().get(0));
            size += one.familySize();
            undecided += one.undecided();
            failed += one.failed();
            tripped.putAll(one.trippedRulers());
        }
        return new FamilyGate.Look(List.copyOf(verdicts), size, undecided, failed, tripped);
    }

    /** Why more pairs would help: the count of undecided gated metrics when there are several, and one reason. */
    private static String undecided(FamilyGate.Look look, MetricAnalysisReport deciding) {
        String reason = deciding == null ? "" : deciding.reason();
        if (!look.trippedRulers().isEmpty() || look.familySize() <= 1) {
            return reason;
        }
        return look.undecided() + " of " + look.familySize() + " gated metrics undecided, e.g. " + reason;
    }

    private void judge(
            GateMetric metric,
            GateDecision decision,
            MetricAnalysisReport report,
            List<PairedSample> measured,
            List<String> failures,
            List<String> warnings) {
        if (decision.reportOnly()) {
            return;
        }
        switch (decision.status()) {
            case FAIL -> failures.add(metric.regression(report));
            case INCONCLUSIVE -> {
                String advice = DecisionAdvice.morePairs(
                        decision.pairsLikelyNeeded(),
                        measured.size(),
                        settings.maxPairs(),
                        PairTimes.nanosPerPair(measured),
                        settings.names());
                settings.onInconclusive().file(report.reason() + advice, failures, warnings);
            }
            case PASS -> {}
        }
    }

    private static boolean distinguishableFromZero(MetricAnalysisReport wall) {
        return wall != null
                && wall.confidenceAchieved() >= wall.confidenceRequested() - 1e-12
                && (wall.ciLowerPct() > 0 || wall.ciUpperPct() < 0);
    }

    /** fail outranks inconclusive outranks pass outranks report (no threshold). */
    static int rank(GateDecision decision) {
        if (decision == null || decision.reportOnly()) {
            return 0;
        }
        return switch (decision.status()) {
            case FAIL -> 3;
            case INCONCLUSIVE -> 2;
            case PASS -> 1;
        };
    }

    static boolean[] baselineFirst(List<PairedSample> measured) {
        boolean[] order = new boolean[measured.size()];
        for (int i = 0; i < order.length; i++) {
            String position = measured.get(i).baseline().position();
            if (position == null) {
                return null; // a receipt from a writer that did not record the order
            }
            order[i] = PairedSampleHalf.FIRST.equals(position);
        }
        return order;
    }

    /** {baseline[], current[]} of the metric, or {@code null} when some run lacks a positive value. */
    static double[][] values(List<PairedSample> measured, GateMetric metric) {
        double[][] values = new double[2][measured.size()];
        for (int i = 0; i < measured.size(); i++) {
            Double baseline = metric.read(measured.get(i).baseline());
            Double current = metric.read(measured.get(i).current());
            if (baseline == null || current == null || baseline <= 0 || current <= 0) {
                return null;
            }
            values[0][i] = baseline;
            values[1][i] = current;
        }
        return values;
    }
}

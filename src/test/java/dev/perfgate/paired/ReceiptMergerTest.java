package dev.perfgate.paired;

import static dev.perfgate.paired.Fakes.fixed;
import static dev.perfgate.paired.Fakes.useCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.merge.MergeStratum;
import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.paired.config.SettingNames;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.SchemaValidation;
import dev.perfgate.receipt.Thresholds;
import dev.perfgate.report.HtmlReport;
import dev.perfgate.report.JunitXmlReport;
import dev.perfgate.report.MarkdownReport;
import dev.perfgate.stats.StratifiedAnalysis;
import dev.perfgate.testing.FakeRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReceiptMergerTest {

    private static PairedRunReceipt shard(long seed, double change, double cv, int pairs, Double threshold)
            throws Exception {
        Random noise = new Random(seed);
        FakeRunner runner = Fakes.generating(
                () -> 50 * Math.exp(cv * noise.nextGaussian()),
                () -> 50 * (1 + change) * Math.exp(cv * noise.nextGaussian()));
        return useCase(runner, new Fakes.RecordingHostProbe())
                .execute(fixed(pairs)
                        .thresholds(new Thresholds(threshold, null, null))
                        .build())
                .receipt();
    }

    private static MergeStratum stratum(String name, PairedRunReceipt receipt) {
        return new MergeStratum(name, Path.of(name), receipt);
    }

    private static PairedRunOutcome merge(ReceiptMerger.Overrides overrides, MergeStratum... strata) throws Exception {
        PairedRunOutcome outcome = new ReceiptMerger(Fakes.TOOL, SettingNames.KEYS).merge(List.of(strata), overrides);
        SchemaValidation.assertValid(outcome.receipt());
        return outcome;
    }

    @Test
    void theMergedReceiptHoldsEveryPairWithItsStratumAndEachStratumsFigures() throws Exception {
        PairedRunOutcome outcome = merge(
                ReceiptMerger.Overrides.NONE,
                stratum("a/bench.paired.json", shard(1, 0.06, 0.03, 12, 2.0)),
                stratum("b/bench.paired.json", shard(2, 0.06, 0.15, 9, 2.0)));
        PairedRunReceipt merged = outcome.receipt();
        assertEquals(21, merged.samples().size());
        for (int i = 0; i < 21; i++) {
            PairedSample pair = merged.samples().get(i);
            assertEquals(i, pair.pairIndex());
            assertEquals(i < 12 ? 0L : 1L, pair.stratum());
        }
        assertEquals(21, merged.bench().repeat());
        assertEquals(
                List.of("a/bench.paired.json", "b/bench.paired.json"),
                merged.merge().strata().stream().map(s -> s.name()).toList());
        MetricAnalysisReport wall = merged.analysis().get("wall_time");
        assertEquals(StratifiedAnalysis.METHOD, wall.method());
        assertEquals(0.10, wall.alpha(), 1e-12); // one look at the whole alpha 0.05
        var figures = merged.merge().metrics().get("wall_time").strata();
        assertEquals(2, figures.size());
        assertTrue(figures.get(0).weight() > figures.get(1).weight(), "the quiet machine weighs more");
        assertTrue(
                wall.ciLowerPct() > figures.get(0).ciLowerPct() - 1e-9
                        || wall.ciUpperPct() < figures.get(0).ciUpperPct(),
                "the merged interval is no wider than the quiet machine's");
        assertEquals(
                "fail", merged.verdict().status(), merged.verdict().reasons().toString());
        assertTrue(outcome.failed());
    }

    @Test
    void reportsShowOneRowPerMachineAboveTheMergedResult() throws Exception {
        PairedRunOutcome outcome = merge(
                ReceiptMerger.Overrides.NONE,
                stratum("shard-1/bench.paired.json", shard(8, 0.05, 0.03, 10, 2.0)),
                stratum("shard-2/bench|x.paired.json", shard(9, 0.05, 0.10, 10, 2.0)));
        String md = MarkdownReport.render(outcome);
        int machines = md.indexOf("| `shard-1/bench.paired.json` | 10 |");
        int second = md.indexOf("| `shard-2/bench\\|x.paired.json` | 10 |");
        int merged = md.indexOf("| **merged** | 20 |");
        int mainTable = md.indexOf("| metric | baseline");
        assertTrue(machines > 0 && second > machines && merged > second && mainTable > merged, md);
        String html = HtmlReport.render(outcome);
        assertTrue(
                html.contains("<svg class=\"forest\"")
                        && html.contains("shard-2/bench|x.paired.json")
                        && html.indexOf("class=\"strata\"") < html.indexOf("class=\"metric\""),
                "forest plot above the metrics");
        String junit = JunitXmlReport.render(outcome);
        assertTrue(junit.contains("machine shard-1/bench.paired.json: +") && junit.contains("10 pairs, weight"), junit);
    }

    @Test
    void oneReceiptAloneDecidesAsAnalyzeDoesAtOneLook() throws Exception {
        PairedRunReceipt receipt = shard(3, 0.04, 0.05, 15, 2.0);
        PairedRunOutcome merged = merge(ReceiptMerger.Overrides.NONE, stratum("only.paired.json", receipt));
        ReceiptAnalyzer.Result analyzed = new ReceiptAnalyzer().analyze(receipt);
        assertEquals(analyzed.verdict().status(), merged.receipt().verdict().status());
        MetricAnalysisReport a = analyzed.analysis().get("wall_time");
        MetricAnalysisReport m = merged.receipt().analysis().get("wall_time");
        assertEquals(a.estimatePct(), m.estimatePct(), 0.0);
        assertEquals(a.ciLowerPct(), m.ciLowerPct(), 0.0);
        assertEquals(a.ciUpperPct(), m.ciUpperPct(), 0.0);
        assertEquals("hodges_lehmann_wilcoxon", merged.receipt().merge().method());
    }

    @Test
    void machinesThatDisagreeAreNeverAnAveragedPassAndAreNamed() throws Exception {
        MergeStratum fast = stratum("fast-cpu.paired.json", shard(4, 0.20, 0.01, 12, null));
        MergeStratum slow = stratum("slow-cpu.paired.json", shard(5, -0.17, 0.01, 12, null));
        // At a 50% threshold every interval near the average would pass.
        PairedRunOutcome lenient = merge(
                new ReceiptMerger.Overrides(new Thresholds(50.0, null, null), InconclusivePolicy.FAIL, null),
                fast,
                slow);
        String reasons = String.join("\n", lenient.reasons());
        assertEquals("inconclusive", lenient.receipt().verdict().status(), reasons);
        assertTrue(
                reasons.contains("onInconclusive=fail")
                        && reasons.contains("fast-cpu.paired.json +2")
                        && reasons.contains("slow-cpu.paired.json -1"),
                reasons);
        assertTrue(lenient.receipt()
                .merge()
                .metrics()
                .get("wall_time")
                .heterogeneity()
                .rejected());
        assertEquals(50.0, lenient.receipt().config().thresholds().failOnRegression());
        // At 0% the weighted average is a slowdown, carried by one machine only: still no verdict on the
        // change, and both machines named.
        PairedRunOutcome strict =
                merge(new ReceiptMerger.Overrides(new Thresholds(0.0, null, null), null, null), fast, slow);
        String failure = String.join("\n", strict.warnings()) + "\n" + String.join("\n", strict.reasons());
        assertEquals("inconclusive", strict.receipt().verdict().status(), failure);
        assertTrue(
                failure.contains("disagree")
                        && failure.contains("fast-cpu.paired.json +2")
                        && failure.contains("slow-cpu.paired.json -1"),
                failure);
    }

    @Test
    void theMergesAlphaReplacesTheReceipts() throws Exception {
        PairedRunOutcome outcome = merge(
                new ReceiptMerger.Overrides(Thresholds.NONE, null, 0.01),
                stratum("a.paired.json", shard(6, 0.0, 0.05, 10, 2.0)),
                stratum("b.paired.json", shard(7, 0.0, 0.05, 10, 2.0)));
        assertEquals(0.01, outcome.receipt().config().significanceAlpha());
        assertEquals(0.02, outcome.receipt().analysis().get("wall_time").alpha(), 1e-12);
        assertFalse(outcome.receipt().verdict().reasons().isEmpty());
    }
}

package dev.perfgate.paired;

import static dev.perfgate.paired.Fakes.request;
import static dev.perfgate.paired.Fakes.useCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.ReceiptFormatException;
import dev.perfgate.receipt.ReceiptReader;
import dev.perfgate.receipt.ReceiptWriter;
import dev.perfgate.receipt.SchemaValidation;
import dev.perfgate.receipt.Thresholds;
import dev.perfgate.testing.FakeRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReceiptAnalyzerTest {

    /** Receipts written the way upstream perfgate writes them, committed for the analyze-upstream IT. */
    private static final Path UPSTREAM_DIR = Path.of("src/it/analyze-upstream");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reanalysingAWrittenReceiptGivesTheSameNumbersAndVerdict() throws Exception {
        Random noise = new Random(21);
        FakeRunner runner = Fakes.generating(
                () -> 50 * Math.exp(0.05 * noise.nextGaussian()), () -> 53 * Math.exp(0.05 * noise.nextGaussian()));
        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request()
                        .repeat(7)
                        .requireSignificance(true)
                        .maxRetries(3)
                        .threshold("wall_time", 2.0)
                        .build());
        String json = new ReceiptWriter().toJson(outcome.receipt(), true);

        PairedRunReceipt read = new ReceiptReader().fromJson(json);
        ReceiptAnalyzer.Result again = new ReceiptAnalyzer().analyze(read);

        assertNotNull(outcome.receipt().analysis().get("wall_time"));
        assertEquals(outcome.receipt().analysis(), again.analysis());
        assertEquals(outcome.receipt().verdict().status(), again.verdict().status());
        assertEquals(
                outcome.receipt().verdict().reasons().subList(0, 1),
                again.verdict().reasons().subList(0, 1));
    }

    @Test
    void aVerdictFromALaterLookIsReproducedAtThatLooksLevel() throws Exception {
        // Noise that never decides a 0% gate: the run takes every look, and the verdict rests on the last,
        // whose level differs from the first look's. Re-analysis must use that level, not the first's.
        Random noise = new Random(31);
        FakeRunner runner = Fakes.generating(
                () -> 50 * Math.exp(0.2 * noise.nextGaussian()), () -> 50 * Math.exp(0.2 * noise.nextGaussian()));
        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().maxPairs(20).threshold("wall_time", 0.0).build());
        var config = outcome.receipt().config();
        assertTrue(config.looksTaken() > 1, config.toString());
        assertTrue(config.lookAlphas().get(0) != config.alphaPerLook());

        PairedRunReceipt read = new ReceiptReader().fromJson(new ReceiptWriter().toJson(outcome.receipt(), false));
        ReceiptAnalyzer.Result again = new ReceiptAnalyzer().analyze(read);

        assertEquals(outcome.receipt().analysis(), again.analysis());
        assertEquals(config.alphaPerLook(), again.analysis().get("wall_time").alpha(), 0.0);
        assertEquals(outcome.receipt().verdict().status(), again.verdict().status());
    }

    @Test
    void aReceiptCanBeJudgedAgainWithAnotherThreshold() throws Exception {
        Random noise = new Random(4);
        FakeRunner runner = Fakes.generating(
                () -> 50 * Math.exp(0.01 * noise.nextGaussian()), () -> 60 * Math.exp(0.01 * noise.nextGaussian()));
        PairedRunReceipt reported = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().repeat(10).build())
                .receipt();
        assertEquals("report", reported.verdict().status());

        PairedRunOutcome strict = new ReceiptAnalyzer()
                .judge(reported, new ReceiptAnalyzer.Overrides(new Thresholds(5.0, null, null), null));
        PairedRunOutcome lenient = new ReceiptAnalyzer()
                .judge(reported, new ReceiptAnalyzer.Overrides(new Thresholds(50.0, null, null), null));

        SchemaValidation.assertValid(strict.receipt());
        SchemaValidation.assertValid(lenient.receipt());
        assertEquals("fail", strict.receipt().verdict().status());
        assertTrue(strict.failed());
        assertTrue(
                strict.reasons()
                        .get(0)
                        .matches("wall time regression \\((19|20)\\.\\d\\d%\\) exceeded threshold \\(5\\.00%\\)"),
                strict.reasons().toString());
        assertEquals(5.0, strict.receipt().config().thresholds().failOnRegression());
        assertEquals("pass", lenient.receipt().verdict().status());
        assertEquals("report", reported.verdict().status(), "the original receipt is not changed");
    }

    @Test
    void aBadOverrideNamesItsParameter() {
        PairedRunReceipt receipt;
        try {
            receipt = useCase(Fakes.generating(() -> 1, () -> 1), new Fakes.RecordingHostProbe())
                    .execute(request().repeat(2).build())
                    .receipt();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        InvalidConfigurationException error = assertThrows(
                InvalidConfigurationException.class,
                () -> new ReceiptAnalyzer()
                        .judge(receipt, new ReceiptAnalyzer.Overrides(new Thresholds(null, -1.0, null), null)));
        assertEquals("failOnCpuRegression", error.parameter());
    }

    @Test
    void anUpstreamReceiptIsJudgedWithTheDocumentedAssumptions() throws Exception {
        PairedRunReceipt regression = new ReceiptReader().read(UPSTREAM_DIR.resolve("upstream-regression.paired.json"));
        PairedRunReceipt unchanged = new ReceiptReader().read(UPSTREAM_DIR.resolve("upstream-unchanged.paired.json"));
        ReceiptAnalyzer.Overrides fivePercent = new ReceiptAnalyzer.Overrides(new Thresholds(5.0, null, null), null);

        PairedRunOutcome failed = new ReceiptAnalyzer().judge(regression, fivePercent);
        PairedRunOutcome passed = new ReceiptAnalyzer().judge(unchanged, fivePercent);

        assertEquals(
                "fail",
                failed.receipt().verdict().status(),
                failed.receipt().verdict().reasons().toString());
        assertTrue(failed.failed());
        assertEquals(0.05, failed.receipt().analysis().get("wall_time").alpha(), "from significance.alpha, one look");
        assertEquals(
                "pass",
                passed.receipt().verdict().status(),
                passed.receipt().verdict().reasons().toString());
        assertFalse(passed.failed());
        assertEquals(
                Optional.of("The receipt has no config block (upstream perfgate writes none), so perfgate"
                        + " assumed: alpha 0.05 (from stats.wall_diff_ms.significance.alpha), one look, 12 measured and 0"
                        + " warmup pairs (bench.repeat, bench.warmup), thresholds from failOn…: wall time 5%,"
                        + " onInconclusive=warn, nonzero exits fail."),
                new ReceiptAnalyzer().assumptions(regression, fivePercent));
    }

    @Test
    void aCpuGateOnAnUpstreamReceiptIsInconclusiveBecauseItHasNoCpuFigures() throws Exception {
        PairedRunReceipt unchanged = new ReceiptReader().read(UPSTREAM_DIR.resolve("upstream-unchanged.paired.json"));

        PairedRunOutcome outcome = new ReceiptAnalyzer()
                .judge(
                        unchanged,
                        new ReceiptAnalyzer.Overrides(new Thresholds(5.0, 5.0, null), InconclusivePolicy.FAIL));

        assertEquals("inconclusive", outcome.receipt().verdict().status(), "wall time alone passes");
        assertEquals(
                List.of("INCONCLUSIVE (onInconclusive=fail): CPU time cannot be evaluated: the receipt has no CPU"
                        + " time figures (its writer did not measure CPU time)"),
                outcome.reasons());
    }

    @Test
    void ourOwnReceiptNeedsNoAssumptions() throws Exception {
        PairedRunReceipt own = useCase(Fakes.generating(() -> 1, () -> 1), new Fakes.RecordingHostProbe())
                .execute(request().repeat(2).build())
                .receipt();

        assertEquals(Optional.empty(), new ReceiptAnalyzer().assumptions(own, ReceiptAnalyzer.Overrides.NONE));
    }

    @Test
    void wholeMillisecondTimesOfZeroMakeTheWallGateInconclusiveNotUngated() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(
                UPSTREAM_DIR.resolve("upstream-regression.paired.json").toFile());
        ((ObjectNode) root.get("samples").get(2).get("baseline")).put("wall_ms", 0); // a sub-millisecond run
        PairedRunReceipt receipt = new ReceiptReader().fromJson(root.toString());

        PairedRunOutcome outcome = new ReceiptAnalyzer()
                .judge(
                        receipt,
                        new ReceiptAnalyzer.Overrides(new Thresholds(5.0, null, null), InconclusivePolicy.FAIL));

        assertEquals("inconclusive", outcome.receipt().verdict().status());
        assertTrue(outcome.failed());
        assertTrue(
                outcome.reasons()
                        .get(0)
                        .startsWith("INCONCLUSIVE (onInconclusive=fail): wall time cannot be"
                                + " evaluated: 1 of 24 runs have a wall time of 0 or less"),
                outcome.reasons().toString());
    }

    @Test
    void aRecordedSettingOutOfRangeNamesTheField() throws Exception {
        assertEquals(
                "config.looks is 0; a run looks at its pairs at least once, so it must be 1 or more",
                badConfig(config -> config.put("looks", 0)).getMessage());
        assertEquals(
                "config.significance_alpha is 5; a significance level must lie between 0 and 1, e.g. 0.05",
                badConfig(config -> config.put("significance_alpha", 5.0)).getMessage());
        assertEquals(
                "config.fail_on_regression is -50; a threshold is a percentage of 0 or more, e.g. 5.0",
                badConfig(config -> config.put("fail_on_regression", -50.0)).getMessage());
        assertEquals("config.looks", badConfig(config -> config.remove("looks")).field(), "missing is not 0");
    }

    private static ReceiptFormatException badConfig(Consumer<ObjectNode> edit) throws Exception {
        PairedRunReceipt own = useCase(Fakes.generating(() -> 1, () -> 1), new Fakes.RecordingHostProbe())
                .execute(request().repeat(2).build())
                .receipt();
        ObjectNode root = (ObjectNode) JSON.readTree(new ReceiptWriter().toJson(own, false));
        edit.accept((ObjectNode) root.get("config"));
        return assertThrows(
                ReceiptFormatException.class,
                () -> new ReceiptAnalyzer()
                        .judge(new ReceiptReader().fromJson(root.toString()), ReceiptAnalyzer.Overrides.NONE));
    }
}

package dev.perfgate.paired;

import static dev.perfgate.paired.Fakes.request;
import static dev.perfgate.paired.Fakes.useCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.ReceiptReader;
import dev.perfgate.receipt.ReceiptWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReceiptAnalyzerTest {

    @Test
    void reanalysingAWrittenReceiptGivesTheSameNumbersAndVerdict() throws Exception {
        Random noise = new Random(21);
        Fakes.GeneratingRunner runner = new Fakes.GeneratingRunner(
                () -> 50 * Math.exp(0.05 * noise.nextGaussian()), () -> 53 * Math.exp(0.05 * noise.nextGaussian()));
        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe()).execute(request()
                .repeat(7).requireSignificance(true).maxRetries(3).failOnRegression(2.0).build());
        String json = new ReceiptWriter().toJson(outcome.receipt(), true);

        PairedRunReceipt read = new ReceiptReader().fromJson(json);
        ReceiptAnalyzer.Result again = new ReceiptAnalyzer().analyze(read);

        assertNotNull(outcome.receipt().analysis().get("wall_time"));
        assertEquals(outcome.receipt().analysis(), again.analysis());
        assertEquals(outcome.receipt().verdict().status(), again.verdict().status());
        assertEquals(outcome.receipt().verdict().reasons().subList(0, 1), again.verdict().reasons().subList(0, 1));
    }

    @Test
    void aVerdictFromALaterLookIsReproducedAtThatLooksLevel() throws Exception {
        // Noise that never decides a 0% gate: the run takes every look, and the verdict rests on the last,
        // whose level differs from the first look's. Re-analysis must use that level, not the first's.
        Random noise = new Random(31);
        Fakes.GeneratingRunner runner = new Fakes.GeneratingRunner(
                () -> 50 * Math.exp(0.2 * noise.nextGaussian()), () -> 50 * Math.exp(0.2 * noise.nextGaussian()));
        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe()).execute(request()
                .maxPairs(20).failOnRegression(0.0).build());
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
        Fakes.GeneratingRunner runner = new Fakes.GeneratingRunner(
                () -> 50 * Math.exp(0.01 * noise.nextGaussian()), () -> 60 * Math.exp(0.01 * noise.nextGaussian()));
        PairedRunReceipt reported = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().repeat(10).build()).receipt();
        assertEquals("report", reported.verdict().status());

        PairedRunOutcome strict = new ReceiptAnalyzer().judge(reported,
                new ReceiptAnalyzer.Overrides(5.0, null, null, null));
        PairedRunOutcome lenient = new ReceiptAnalyzer().judge(reported,
                new ReceiptAnalyzer.Overrides(50.0, null, null, null));

        assertEquals("fail", strict.receipt().verdict().status());
        assertTrue(strict.failed());
        assertTrue(strict.reasons().get(0).matches("wall time regression \\((19|20)\\.\\d\\d%\\) exceeded threshold \\(5\\.00%\\)"), strict.reasons().toString());
        assertEquals(5.0, strict.receipt().config().failOnRegression());
        assertEquals("pass", lenient.receipt().verdict().status());
        assertEquals("report", reported.verdict().status(), "the original receipt is not changed");
    }

    @Test
    void aBadOverrideNamesItsParameter() {
        PairedRunReceipt receipt;
        try {
            receipt = useCase(new Fakes.GeneratingRunner(() -> 1, () -> 1), new Fakes.RecordingHostProbe())
                    .execute(request().repeat(2).build()).receipt();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        InvalidConfigurationException error = assertThrows(InvalidConfigurationException.class,
                () -> new ReceiptAnalyzer().judge(receipt, new ReceiptAnalyzer.Overrides(null, -1.0, null, null)));
        assertEquals("failOnCpuRegression", error.parameter());
    }

    @Test
    void aPlainV1ReceiptCannotBeJudgedAgain() throws Exception {
        PairedRunOutcome outcome = useCase(new Fakes.GeneratingRunner(() -> 1, () -> 1), new Fakes.RecordingHostProbe())
                .execute(request().repeat(2).build());
        PairedRunReceipt r = outcome.receipt();
        PairedRunReceipt v1 = new PairedRunReceipt(r.schema(), r.tool(), r.run(), r.bench(), r.samples(), r.stats(),
                r.noiseDiagnostics(), null, null, null);

        InvalidConfigurationException error = assertThrows(InvalidConfigurationException.class,
                () -> new ReceiptAnalyzer().analyze(v1));
        assertEquals("receiptFile", error.parameter());
    }
}

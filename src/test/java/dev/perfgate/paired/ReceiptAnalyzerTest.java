package dev.perfgate.paired;

import static dev.perfgate.paired.Fakes.request;
import static dev.perfgate.paired.Fakes.useCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void aPlainV1ReceiptCannotBeJudgedAgain() throws Exception {
        PairedRunOutcome outcome = useCase(new Fakes.GeneratingRunner(() -> 1, () -> 1), new Fakes.RecordingHostProbe())
                .execute(request().repeat(2).build());
        PairedRunReceipt r = outcome.receipt();
        PairedRunReceipt v1 = new PairedRunReceipt(r.schema(), r.tool(), r.run(), r.bench(), r.samples(), r.stats(),
                r.noiseDiagnostics(), null, null, null);

        InvalidConfigurationException error = assertThrows(InvalidConfigurationException.class,
                () -> new ReceiptAnalyzer().analyze(v1));
        assertEquals("receipt", error.parameter());
    }
}

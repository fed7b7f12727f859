package dev.perfgate.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptWriterTest {

    @TempDir
    Path dir;

    @Test
    void minimalReceiptValidatesAgainstTheV1Schema() throws Exception {
        String json = new ReceiptWriter().toJson(Receipts.sample(), true);

        assertEquals("", SchemaValidation.errors(json));
    }

    @Test
    void schemaValidationCatchesAMissingRequiredField() throws Exception {
        String json = new ReceiptWriter().toJson(Receipts.sample(), false).replace("\"exit_code\":0,", "");

        assertFalse(SchemaValidation.errors(json).isEmpty());
    }

    @Test
    void schemaValidationRejectsAnIntegerWrittenWithAFraction() throws Exception {
        String json =
                new ReceiptWriter().toJson(Receipts.sample(), false).replace("\"wall_ms\":100,", "\"wall_ms\":100.0,");

        assertFalse(SchemaValidation.errors(json).isEmpty(), "v1 readers (serde) reject 100.0 for a u64");
    }

    @Test
    void integerFieldsHaveNoFractionAndFloatFieldsAlwaysDo() throws Exception {
        String json = new ReceiptWriter().toJson(Receipts.sample(), false);

        assertTrue(json.contains("\"wall_ms\":100,"), json);
        assertTrue(json.contains("\"pair_index\":0,"), json);
        assertTrue(json.contains("\"median\":100,"), json); // U64Summary median
        assertTrue(json.contains("\"mean\":5.0,"), json); // PairedDiffSummary mean is f64
    }

    @Test
    void absentFieldsAreOmittedButPValueIsAlwaysWritten() throws Exception {
        String json = new ReceiptWriter().toJson(Receipts.sample(), false);

        // The sample leaves optional fields unset (cwd, noise diagnostics, CPU figures...): a writer that
        // wrote them as null would show up here, wherever they are nested.
        assertEquals(
                List.of("$.stats.wall_diff_ms.significance.p_value"),
                nullPaths(new ObjectMapper().readTree(json), "$"));
        assertFalse(json.contains("\"cwd\""), json);
        assertFalse(json.contains("\"noise_diagnostics\""), json);
        assertTrue(json.contains("\"p_value\":null"), json);
    }

    @Test
    void nonFiniteNumbersAreRefusedAndNothingIsWritten() {
        PairedRunReceipt bad = Receipts.withWallDiffMean(Double.NaN);
        Path target = dir.resolve("bad.paired.json");

        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> new ReceiptWriter().write(bad, target, true));

        assertTrue(error.getMessage().contains("$.stats.wall_diff_ms.mean"), error.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), List.of(dir.toFile().list()));
    }

    @Test
    void writeReplacesAnOldReceiptAtomicallyAndLeavesNoTempFile() throws Exception {
        Path target = dir.resolve("sub/folder/bench.paired.json");
        new ReceiptWriter().write(Receipts.sample(), target, false);
        new ReceiptWriter().write(Receipts.sample(), target, true);

        assertTrue(Files.readString(target).startsWith("{\n"));
        assertEquals(
                List.of("bench.paired.json"),
                List.of(target.getParent().toFile().list()));
    }

    @Test
    void readerRoundTripsWhatTheWriterWrote() throws Exception {
        Path target = dir.resolve("bench.paired.json");
        PairedRunReceipt original = Receipts.sample();
        new ReceiptWriter().write(original, target, true);

        PairedRunReceipt read = new ReceiptReader().read(target);

        assertEquals(original, read);
    }

    @Test
    void theSignalFieldIsWrittenWhenKnownAndReadBack() throws Exception {
        PairedRunReceipt receipt = Receipts.sample();
        PairedSample sample = receipt.samples().get(0);
        PairedSampleHalf b = sample.baseline();
        PairedSampleHalf crashed = new PairedSampleHalf(
                b.wallMs(),
                11,
                false,
                null,
                null,
                null,
                b.wallNs(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "first",
                "SIGSEGV");
        PairedSample withCrash = new PairedSample(
                sample.pairIndex(),
                sample.warmup(),
                crashed,
                sample.current(),
                sample.wallDiffMs(),
                sample.rssDiffKb(),
                sample.wallDiffNs());
        List<PairedSample> samples = new java.util.ArrayList<>(receipt.samples());
        samples.set(0, withCrash);
        String json = new ReceiptWriter()
                .toJson(
                        new PairedRunReceipt(
                                receipt.schema(),
                                receipt.tool(),
                                receipt.run(),
                                receipt.bench(),
                                samples,
                                receipt.stats(),
                                receipt.noiseDiagnostics(),
                                receipt.config(),
                                receipt.analysis(),
                                receipt.verdict()),
                        false);

        assertTrue(json.contains("\"exit_code\":11,") && json.contains("\"signal\":\"SIGSEGV\""), json);
        assertEquals("", SchemaValidation.errors(json));
        assertEquals(
                "SIGSEGV",
                new ReceiptReader().fromJson(json).samples().get(0).baseline().signal());
        assertFalse(new ReceiptWriter().toJson(receipt, false).contains("\"signal\""), "omitted when absent");
    }

    /** The paths of every JSON null in {@code node}, in document order. */
    private static List<String> nullPaths(JsonNode node, String path) {
        List<String> paths = new ArrayList<>();
        if (node.isNull()) {
            paths.add(path);
        } else if (node.isObject()) {
            node.fields()
                    .forEachRemaining(field -> paths.addAll(nullPaths(field.getValue(), path + "." + field.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.addAll(nullPaths(node.get(i), path + "[" + i + "]"));
            }
        }
        return paths;
    }
}

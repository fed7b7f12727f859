package dev.perfgate.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading receipts as upstream's Rust types would: what they accept we accept, what they refuse we refuse. */
class ReceiptReaderTest {

    /** Written the way upstream perfgate 0.18.1 writes receipts (see write_upstream_receipts.py beside it). */
    static final Path UPSTREAM = Path.of("src/it/analyze-upstream/upstream-regression.paired.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void anUpstreamReceiptTakesItsWallTimesFromWallMsAndSaysSo() throws Exception {
        ReceiptReader.LoadedReceipt loaded = new ReceiptReader().load(UPSTREAM);

        PairedSample first = loaded.receipt().samples().get(0);
        assertEquals(first.baseline().wallMs() * 1_000_000L, first.baseline().wallNs(), "never 0");
        assertEquals(first.current().wallMs() * 1_000_000L, first.current().wallNs());
        assertEquals(first.wallDiffMs() * 1_000_000L, first.wallDiffNs());
        assertEquals(
                List.of("wall times are read from whole-millisecond wall_ms (the receipt has no wall_ns), so"
                        + " their resolution is 1 ms"),
                loaded.notes());
        assertEquals(null, loaded.receipt().config());
        assertEquals(null, loaded.receipt().stats().wallDiffMs().significance().pValue());
    }

    @Test
    void ourOwnReceiptsNeedNoNotes() throws Exception {
        Path file = dir.resolve("own.paired.json");
        new ReceiptWriter().write(Receipts.sample(), file, true);

        assertEquals(List.of(), new ReceiptReader().load(file).notes());
    }

    @Test
    void ourOwnReceiptIsReadableWhateverOutputItCaptured() throws Exception {
        // outputCapBytes=0 keeps everything: 21 MB is past Jackson's default 20 MB string limit.
        PairedRunReceipt sample = Receipts.sample();
        PairedSampleHalf b = sample.samples().get(0).baseline();
        String chatty = "x".repeat(21 * 1024 * 1024);
        PairedSampleHalf loud = new PairedSampleHalf(
                b.wallMs(),
                b.exitCode(),
                b.timedOut(),
                b.maxRssKb(),
                chatty,
                b.stderr(),
                b.wallNs(),
                b.userUs(),
                b.sysUs(),
                b.minorFaults(),
                b.majorFaults(),
                b.voluntaryCtxSwitches(),
                b.involuntaryCtxSwitches(),
                b.blockIn(),
                b.blockOut(),
                b.maxRssSource(),
                b.position());
        PairedSample s = sample.samples().get(0);
        PairedRunReceipt big = new PairedRunReceipt(
                sample.schema(),
                sample.tool(),
                sample.run(),
                sample.bench(),
                List.of(new PairedSample(
                        s.pairIndex(), s.warmup(), loud, s.current(), s.wallDiffMs(), s.rssDiffKb(), s.wallDiffNs())),
                sample.stats(),
                sample.noiseDiagnostics(),
                sample.config(),
                sample.analysis(),
                sample.verdict());
        Path file = dir.resolve("chatty.paired.json");
        new ReceiptWriter().write(big, file, false);

        assertEquals(
                chatty.length(),
                new ReceiptReader()
                        .read(file)
                        .samples()
                        .get(0)
                        .baseline()
                        .stdout()
                        .length());
    }

    @Test
    void anotherSchemaIsRefusedByName() throws Exception {
        ReceiptFormatException e = refused(root -> root.put("schema", "perfgate.run.v1"));

        assertEquals("schema", e.field());
        assertEquals(
                "the file is a perfgate.run.v1 document, not a perfgate.paired.v1 receipt (schema is"
                        + " 'perfgate.run.v1')",
                e.getMessage());
    }

    @Test
    void aMissingRequiredFieldIsAnErrorNotFalseOrZero() throws Exception {
        ReceiptFormatException timedOut =
                refused(root -> half(root, 3, "baseline").remove("timed_out"));
        ReceiptFormatException mean =
                refused(root -> ((ObjectNode) root.get("stats").get("wall_diff_ms")).remove("mean"));
        ReceiptFormatException wallMs = refused(root -> half(root, 0, "current").remove("wall_ms"));

        assertEquals("samples[3].baseline.timed_out is missing; perfgate.paired.v1 requires it", timedOut.getMessage());
        assertEquals("stats.wall_diff_ms.mean is missing; perfgate.paired.v1 requires it", mean.getMessage());
        assertEquals("samples[0].current.wall_ms", wallMs.field());
    }

    @Test
    void aFloatWhereV1HasAnIntegerIsRefused() throws Exception {
        ReceiptFormatException e = refused(root -> half(root, 2, "baseline").put("wall_ms", 100.0));

        assertEquals(
                "samples[2].baseline.wall_ms is 100.0; perfgate.paired.v1 requires a whole number of 0 or more",
                e.getMessage());
    }

    @Test
    void nullOrMissingSamplesAndANullSampleNameTheField() throws Exception {
        assertEquals(
                "samples is null; perfgate.paired.v1 requires an array",
                refused(root -> root.putNull("samples")).getMessage());
        assertEquals(
                "samples is missing; perfgate.paired.v1 requires it",
                refused(root -> root.remove("samples")).getMessage());
        assertEquals(
                "samples[1] is null; perfgate.paired.v1 requires a pair there",
                refused(root -> ((ArrayNode) root.get("samples")).set(1, JSON.nullNode()))
                        .getMessage());
    }

    @Test
    void aWrongTypeInOurAdditionsNamesTheFieldWithoutJacksonsVocabulary() throws Exception {
        Path file = dir.resolve("own.paired.json");
        new ReceiptWriter().write(Receipts.sample(), file, true);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        half(root, 0, "baseline").put("minor_faults", 1.5);

        ReceiptFormatException e =
                assertThrows(ReceiptFormatException.class, () -> new ReceiptReader().fromJson(root.toString()));

        assertEquals("samples[0].baseline.minor_faults has a value of the wrong type or out of range", e.getMessage());
        assertFalse(e.getMessage().contains("Feature"));
    }

    @Test
    void aBenchmarkNameThatWouldLeaveTheFolderIsRefusedAsPairedRefusesIt() throws Exception {
        ReceiptFormatException traversal =
                refused(root -> ((ObjectNode) root.get("bench")).put("name", "x/../../../PWNED"));
        ReceiptFormatException tooLong =
                refused(root -> ((ObjectNode) root.get("bench")).put("name", "n".repeat(SafeFileNames.MAX_LENGTH + 1)));

        assertEquals("bench.name", traversal.field());
        assertEquals(
                "bench.name 'x/../../../PWNED' may only contain letters, digits, '.', '_' and '-' (it names the"
                        + " receipt file and classifier)",
                traversal.getMessage());
        assertEquals("bench.name is 181 characters long; at most 180 fit in a file name", tooLong.getMessage());
        assertEquals(
                "..",
                refused(root -> ((ObjectNode) root.get("bench")).put("name", ".."))
                        .getMessage()
                        .split("'")[1]);
    }

    @Test
    void aFileNameIsCheckedAfterNormalisationToStayInItsFolder() {
        Path folder = dir.resolve("target/perfgate");

        assertEquals(folder.resolve("TEST-perfgate-x.xml"), SafeFileNames.fileIn(folder, "TEST-perfgate-x.xml"));
        assertEquals(folder.resolve("a..b"), SafeFileNames.fileIn(folder, "a..b"));
        IllegalArgumentException up = assertThrows(
                IllegalArgumentException.class,
                () -> SafeFileNames.fileIn(folder, "TEST-perfgate-x/../../../PWNED.xml"));
        assertTrue(up.getMessage().contains("would leave the folder " + folder), up.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SafeFileNames.fileIn(folder, "sub/file.xml"));
        assertThrows(IllegalArgumentException.class, () -> SafeFileNames.fileIn(folder, ".."));
        assertThrows(IllegalArgumentException.class, () -> SafeFileNames.fileIn(folder, "/etc/passwd"));
    }

    @Test
    void aFileLargerThanAnyReceiptIsRefusedBeforeItIsRead() throws Exception {
        Path small = dir.resolve("small-limit.json");
        Files.writeString(small, Files.readString(UPSTREAM));
        long size = Files.size(small);
        Path huge = dir.resolve("huge.paired.json");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(ReceiptReader.MAX_RECEIPT_BYTES + 1); // sparse: nothing is written
        }

        ReceiptFormatException tooBig =
                assertThrows(ReceiptFormatException.class, () -> new ReceiptReader(size - 1).load(small));
        ReceiptFormatException defaultLimit =
                assertThrows(ReceiptFormatException.class, () -> new ReceiptReader().load(huge));

        assertTrue(
                tooBig.getMessage()
                        .startsWith("the file is " + size + " bytes long, more than the " + (size - 1)
                                + " bytes perfgate reads as a receipt"),
                tooBig.getMessage());
        assertEquals(
                "the file is 1073741825 bytes long, more than the 1073741824 bytes perfgate reads as a receipt"
                        + " (ReceiptReader.MAX_RECEIPT_BYTES; a receipt it writes holds at most 256 MiB of output): it is not"
                        + " a receipt",
                defaultLimit.getMessage());
        assertEquals(
                new ReceiptReader().read(UPSTREAM).bench().name(),
                new ReceiptReader(size).read(small).bench().name());
    }

    @Test
    void jsonNestedTooDeepOrANumberTooLongSaysWhichLimitWasHit() {
        ReceiptFormatException deep = assertThrows(
                ReceiptFormatException.class,
                () -> new ReceiptReader().fromJson("[".repeat(100_000) + "]".repeat(100_000)));
        ReceiptFormatException longNumber = assertThrows(
                ReceiptFormatException.class,
                () -> new ReceiptReader().fromJson("{\"schema\": " + "9".repeat(5_000_000) + "}"));

        assertTrue(
                deep.getMessage()
                        .startsWith("the file nests JSON more than 1000 levels deep, the most perfgate"
                                + " reads (a receipt nests fewer than 10)"),
                deep.getMessage());
        assertTrue(
                longNumber
                        .getMessage()
                        .startsWith("the file holds a number longer than 1000 characters, the most"
                                + " perfgate reads (a receipt's numbers have at most 25)"),
                longNumber.getMessage());
    }

    @Test
    void notJsonSaysWhere() {
        ReceiptFormatException e = assertThrows(
                ReceiptFormatException.class, () -> new ReceiptReader().fromJson("{\n  \"schema\": perfgate\n}"));

        assertTrue(e.getMessage().startsWith("the file is not valid JSON (line 2, column"), e.getMessage());
    }

    private static ObjectNode half(ObjectNode root, int pair, String side) {
        return (ObjectNode) root.get("samples").get(pair).get(side);
    }

    private static ReceiptFormatException refused(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(UPSTREAM));
        edit.accept(root);
        return assertThrows(ReceiptFormatException.class, () -> new ReceiptReader().fromJson(root.toString()));
    }
}

package dev.perfgate.receipt;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a {@code perfgate.paired.v1} receipt written by this plugin or by any v1 writer (upstream perfgate
 * writes no {@code config} and no {@code wall_ns}), refusing what upstream's Rust types refuse: another
 * schema, a missing required field, a float where v1 has an integer. Errors say which field, in plain words.
 */
public final class ReceiptReader {

    /** A receipt and what had to be assumed to read it (e.g. millisecond wall times). */
    public record LoadedReceipt(PairedRunReceipt receipt, List<String> notes) {}

    /**
     * Largest receipt file read: a receipt this plugin writes holds at most 256 MiB of captured output
     * ({@code ConfigurationLimits.MAX_OUTPUT_HELD_BYTES}), escaped; a file beyond this is not one of ours
     * and would only exhaust the heap.
     */
    public static final long MAX_RECEIPT_BYTES = 1024L * 1024 * 1024;

    private final ObjectMapper mapper = ReceiptJson.mapper();
    private final long maxReceiptBytes;

    public ReceiptReader() {
        this(MAX_RECEIPT_BYTES);
    }

    /** @param maxReceiptBytes the largest file {@link #load} reads (tests use a small one) */
    ReceiptReader(long maxReceiptBytes) {
        this.maxReceiptBytes = maxReceiptBytes;
    }

    public PairedRunReceipt read(Path file) throws IOException, ReceiptFormatException {
        return load(file).receipt();
    }

    public PairedRunReceipt fromJson(String json) throws ReceiptFormatException {
        return parse(json).receipt();
    }

    /** Reads the file, with the notes to show the user. */
    public LoadedReceipt load(Path file) throws IOException, ReceiptFormatException {
        long size = Files.size(file);
        if (size > maxReceiptBytes) {
            throw new ReceiptFormatException(
                    null,
                    "the file is " + size + " bytes long, more than the "
                            + maxReceiptBytes + " bytes perfgate reads as a receipt (ReceiptReader.MAX_RECEIPT_BYTES;"
                            + " a receipt it writes holds at most 256 MiB of output): it is not a receipt");
        }
        return parse(Files.readString(file));
    }

    private LoadedReceipt parse(String json) throws ReceiptFormatException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new ReceiptFormatException(null, limitHit(e) + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new ReceiptFormatException(null, "the file is not valid JSON" + at(e.getLocation()));
        }
        if (root == null || root.isMissingNode()) {
            throw new ReceiptFormatException(null, "the file is empty");
        }
        checkSchema(root);
        ReceiptShape.check(root);
        checkNames(root);
        List<String> notes = new ArrayList<>();
        MillisecondTimes.fillIn(root.get("samples")).ifPresent(notes::add);
        try {
            return new LoadedReceipt(mapper.treeToValue(root, PairedRunReceipt.class), List.copyOf(notes));
        } catch (JsonMappingException e) {
            String field = path(e);
            throw new ReceiptFormatException(field, field + " has a value of the wrong type or out of range");
        } catch (JsonProcessingException e) {
            throw new ReceiptFormatException(null, "the receipt cannot be read: " + e.getOriginalMessage());
        }
    }

    private static String at(JsonLocation at) {
        return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /**
     * Which of Jackson's read limits a hostile or broken file hit, in words: its own message names a Java
     * method. e.g. {@code Document nesting depth (1001) exceeds the maximum allowed (1000, from ...)}.
     */
    static String limitHit(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        StreamReadConstraints limits = StreamReadConstraints.defaults();
        if (message.contains("nesting depth")) {
            return "the file nests JSON more than " + limits.getMaxNestingDepth()
                    + " levels deep, the most perfgate reads (a receipt nests fewer than 10)";
        }
        if (message.contains("Number value length")) {
            return "the file holds a number longer than " + limits.getMaxNumberLength()
                    + " characters, the most perfgate reads (a receipt's numbers have at most 25)";
        }
        return "the file exceeds a limit of the JSON reader: " + message.replaceFirst(" \\(from `.*", "");
    }

    private static void checkSchema(JsonNode root) throws ReceiptFormatException {
        JsonNode schema = root.get("schema");
        if (schema == null || !schema.isTextual()) {
            throw new ReceiptFormatException(
                    "schema",
                    "the file has no schema field, so it is not a " + PairedRunReceipt.SCHEMA_V1 + " receipt");
        }
        if (!PairedRunReceipt.SCHEMA_V1.equals(schema.asText())) {
            throw new ReceiptFormatException(
                    "schema",
                    "the file is a " + schema.asText() + " document, not a " + PairedRunReceipt.SCHEMA_V1
                            + " receipt (schema is '" + schema.asText() + "')");
        }
    }

    /**
     * A receipt may come from another job: a name in it must not decide where a report is written (a
     * {@code bench.name} of {@code x/../../pom} would put the JUnit report over a POM).
     */
    private static void checkNames(JsonNode root) throws ReceiptFormatException {
        JsonNode name = root.path("bench").path("name");
        Optional<String> problem = SafeFileNames.problem("bench.name", name.isTextual() ? name.asText() : null);
        if (problem.isPresent()) {
            throw new ReceiptFormatException("bench.name", problem.get());
        }
    }

    /** e.g. {@code samples[3].baseline.wall_ns}, from Jackson's reference chain. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}

package dev.perfgate.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Receipt files for merge tests: the project's fixtures, changed field by field and written to a folder. */
final class ReceiptFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReceiptFiles() {}

    static ObjectNode ours() {
        return fixture("/receipts/fully-measured.paired.json");
    }

    static ObjectNode upstream() {
        return fixture("/upstream-receipts/retries.paired.json");
    }

    static ObjectNode fixture(String resource) {
        try (InputStream in = ReceiptFiles.class.getResourceAsStream(resource)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the receipt with its own run id, after {@code change}. */
    static Path write(Path file, ObjectNode receipt, String runId, Consumer<ObjectNode> change) throws IOException {
        ObjectNode copy = receipt.deepCopy();
        ((ObjectNode) copy.get("run")).put("id", runId);
        change.accept(copy);
        Files.createDirectories(file.getParent());
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(copy));
        return file;
    }

    static Path write(Path file, ObjectNode receipt, String runId) throws IOException {
        return write(file, receipt, runId, r -> {});
    }
}

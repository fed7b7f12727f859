package dev.perfgate.receipt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a receipt written by this plugin (or any v1 writer) back into its records. */
public final class ReceiptReader {

    private final ObjectMapper mapper = ReceiptJson.mapper();

    public PairedRunReceipt read(Path file) throws IOException {
        return mapper.readValue(file.toFile(), PairedRunReceipt.class);
    }

    public PairedRunReceipt fromJson(String json) throws IOException {
        return mapper.readValue(json, PairedRunReceipt.class);
    }
}

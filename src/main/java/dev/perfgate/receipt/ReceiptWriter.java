package dev.perfgate.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/** Writes a receipt as JSON, whole or not at all ({@link AtomicFiles}), and never with NaN or Infinity. */
public final class ReceiptWriter {

    private final ObjectMapper mapper = ReceiptJson.mapper();

    /** The receipt as JSON text, after checking it holds no NaN or Infinity. */
    public String toJson(PairedRunReceipt receipt, boolean pretty) throws IOException {
        JsonNode tree = mapper.valueToTree(receipt);
        requireFiniteNumbers(tree, "$");
        return pretty
                ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
                : mapper.writeValueAsString(tree);
    }

    /** Writes the receipt atomically to {@code target}, creating its folder when needed. */
    public void write(PairedRunReceipt receipt, Path target, boolean pretty) throws IOException {
        AtomicFiles.write(target, toJson(receipt, pretty) + System.lineSeparator());
    }

    private static void requireFiniteNumbers(JsonNode node, String path) {
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            throw new IllegalStateException("receipt field " + path + " is " + node.doubleValue()
                    + "; JSON receipts never hold NaN or Infinity (this is a bug in perfgate)");
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                requireFiniteNumbers(field.getValue(), path + "." + field.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireFiniteNumbers(node.get(i), path + "[" + i + "]");
            }
        }
    }
}

package dev.perfgate.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validates receipt JSON against two schemas: the v1 schema copied from ../shared/reference into test
 * resources (what a v1 reader accepts) and the project's strict schema shipped in the jar
 * ({@code schema/perfgate.paired.v1.perfgate.schema.json}: v1 plus every field we add, nothing else).
 * As strictly as a v1 reader: JSON Schema accepts {@code 100.0} for "integer", serde rejects it for a
 * u64, so integer-typed fields are also checked to be integral tokens. The invoker ITs call it too
 * (src/it/lib/receipts.groovy), so unit tests and ITs apply one set of rules.
 */
public final class SchemaValidation {

    /** The strict schema's resource name, as shipped in the plugin's jar. */
    public static final String STRICT_SCHEMA = "/schema/perfgate.paired.v1.perfgate.schema.json";

    static final String V1_SCHEMA = "/perfgate.paired.v1.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode V1_NODE = loadNode(V1_SCHEMA);
    private static final JsonNode STRICT_NODE = loadNode(STRICT_SCHEMA);
    private static final JsonSchema V1 = schema(V1_NODE);
    private static final JsonSchema STRICT = schema(STRICT_NODE);

    private SchemaValidation() {}

    static JsonNode loadNode(String resource) {
        try (InputStream in = SchemaValidation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonSchema schema(JsonNode node) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    /** The complaints about {@code json} under both schemas, one per line; empty when it validates. */
    public static String errors(String json) throws IOException {
        JsonNode node = MAPPER.readTree(json);
        List<String> errors = new ArrayList<>();
        V1.validate(node).stream().map(message -> "v1: " + message.getMessage()).forEach(errors::add);
        STRICT.validate(node).stream().map(ValidationMessage::getMessage).forEach(errors::add);
        checkIntegers(node, STRICT_NODE, "$", errors);
        return errors.stream().distinct().sorted().collect(Collectors.joining("\n"));
    }

    /**
     * Fails the calling test when {@code receipt}, as the writer would write it, breaks either schema: how
     * the tests check every receipt they produce.
     */
    public static PairedRunReceipt assertValid(PairedRunReceipt receipt) {
        try {
            String errors = errors(new ReceiptWriter().toJson(receipt, false));
            if (!errors.isEmpty()) {
                throw new AssertionError("the receipt breaks the schema:\n" + errors);
            }
            return receipt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The complaints about {@code json} under the v1 schema only (what upstream's Rust types accept). */
    public static String v1Errors(String json) throws IOException {
        List<String> errors = new ArrayList<>();
        JsonNode node = MAPPER.readTree(json);
        V1.validate(node).stream().map(ValidationMessage::getMessage).forEach(errors::add);
        checkIntegers(node, V1_NODE, "$", errors);
        return errors.stream().sorted().collect(Collectors.joining("\n"));
    }

    private static void checkIntegers(JsonNode value, JsonNode root, String path, List<String> errors) {
        checkIntegers(value, root, root, path, errors);
    }

    private static void checkIntegers(
            JsonNode value, JsonNode schema, JsonNode root, String path, List<String> errors) {
        schema = resolve(schema, root);
        if ("integer".equals(schema.path("type").asText()) && value.isNumber() && !value.isIntegralNumber()) {
            errors.add(path + ": " + value + " is not an integral JSON number");
        }
        if (value.isObject() && schema.has("properties")) {
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode sub = schema.get("properties").get(field.getKey());
                if (sub != null) {
                    checkIntegers(field.getValue(), sub, root, path + "." + field.getKey(), errors);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                checkIntegers(value.get(i), schema.get("items"), root, path + "[" + i + "]", errors);
            }
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText(); // "#/$defs/Name"
            schema = root.at(ref.substring(1));
        }
        return schema;
    }
}

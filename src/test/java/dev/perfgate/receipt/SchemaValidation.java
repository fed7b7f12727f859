package dev.perfgate.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates receipt JSON against the v1 schema copied from ../shared/reference into test resources,
 * as strictly as a v1 reader: JSON Schema accepts {@code 100.0} for "integer", serde rejects it for a
 * u64, so integer-typed fields are also checked to be integral tokens.
 */
public final class SchemaValidation {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode SCHEMA_NODE = loadNode();
    private static final JsonSchema SCHEMA =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SCHEMA_NODE);

    private SchemaValidation() {
    }

    private static JsonNode loadNode() {
        try (InputStream in = SchemaValidation.class.getResourceAsStream("/perfgate.paired.v1.schema.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The complaints about {@code json}, one per line; empty when it validates. */
    public static String errors(String json) throws IOException {
        JsonNode node = MAPPER.readTree(json);
        Set<ValidationMessage> messages = SCHEMA.validate(node);
        List<String> errors = messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toList());
        checkIntegers(node, SCHEMA_NODE, "$", errors);
        return errors.stream().sorted().collect(Collectors.joining("\n"));
    }

    private static void checkIntegers(JsonNode value, JsonNode schema, String path, List<String> errors) {
        schema = resolve(schema);
        if ("integer".equals(schema.path("type").asText()) && !value.isIntegralNumber()) {
            errors.add(path + ": " + value + " is not an integral JSON number");
        }
        if (value.isObject() && schema.has("properties")) {
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode sub = schema.get("properties").get(field.getKey());
                if (sub != null) {
                    checkIntegers(field.getValue(), sub, path + "." + field.getKey(), errors);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                checkIntegers(value.get(i), schema.get("items"), path + "[" + i + "]", errors);
            }
        }
    }

    private static JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText(); // "#/$defs/Name"
            schema = SCHEMA_NODE.at(ref.substring(1));
        }
        return schema;
    }

}

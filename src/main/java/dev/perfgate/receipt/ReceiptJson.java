package dev.perfgate.receipt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for receipts: snake_case, absent fields omitted, no NaN. */
final class ReceiptJson {

    private ReceiptJson() {}

    static ObjectMapper mapper() {
        return JsonMapper.builder(JsonFactory.builder()
                        // Our own receipts must always be readable: outputCapBytes=0 keeps all of a chatty
                        // command's output, well past Jackson's default 20 MB string limit.
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxStringLength(Integer.MAX_VALUE)
                                .build())
                        .build())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                // Records list their components in declaration order, which is v1's order.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // NaN must never be written as a string or a bare token: the writer rejects it first.
                .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                // Newer minor versions add fields; v1 readers ignore unknown ones and so do we.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // As upstream's Rust types: 100.0 is no integer, and null is no figure (never read as 0).
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }
}

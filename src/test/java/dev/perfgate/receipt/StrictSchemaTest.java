package dev.perfgate.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The strict schema accepts every v1 receipt upstream wrote and refuses what our additions must never
 * contain; each refusal is checked on a receipt that is valid but for one change, so the schema (not an
 * unrelated mistake) is what refuses it.
 */
class StrictSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Receipts written by upstream's Rust code (copied from ../shared/reference/upstream-receipts). */
    static Stream<Path> upstreamReceipts() throws IOException {
        Path folder = Path.of("src/test/resources/upstream-receipts");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> receipts = files.filter(f -> f.toString().endsWith(".paired.json"))
                    .sorted()
                    .toList();
            assertEquals(3, receipts.size(), "upstream receipts in " + folder);
            return receipts.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("upstreamReceipts")
    void acceptsEveryUpstreamV1Receipt(Path receipt) throws Exception {
        assertEquals("", SchemaValidation.errors(Files.readString(receipt)));
    }

    @Test
    void isShippedInThePluginJar() {
        // src/main/resources: on the test class path from target/classes, in the jar beside the classes.
        assertNotNull(ReceiptWriter.class.getResource(SchemaValidation.STRICT_SCHEMA));
    }

    @Test
    void acceptsOurFullyMeasuredReceipt() throws Exception {
        assertEquals("", SchemaValidation.errors(ours().toString()));
    }

    private static ObjectNode ours() throws IOException {
        return (ObjectNode)
                MAPPER.readTree(Files.readString(Path.of("src/test/resources/receipts/fully-measured.paired.json")));
    }

    private static String refusal(Consumer<ObjectNode> change) throws IOException {
        ObjectNode receipt = ours();
        change.accept(receipt);
        String errors = SchemaValidation.errors(receipt.toString());
        assertTrue(!errors.isEmpty(), "the schema accepted " + receipt);
        return errors;
    }

    private static ObjectNode half(ObjectNode receipt, String side) {
        return (ObjectNode) receipt.get("samples").get(0).get(side);
    }

    @Test
    void refusesAFieldNobodyDeclared() throws Exception {
        refusal(r -> half(r, "current").put("wal_ns", 1));
        refusal(r -> ((ObjectNode) r.get("config")).put("threshold", 5.0));
        refusal(r -> ((ObjectNode) r.get("analysis").get("wall_time")).put("extra", true));
        refusal(r -> r.put("notes", "x"));
        refusal(r -> machine(r).put("load", 1.0));
        refusal(r -> ((ObjectNode) machine(r).get("after")).put("procs_running", 3));
    }

    private static ObjectNode machine(ObjectNode receipt) {
        return (ObjectNode) receipt.get("run").get("machine");
    }

    @Test
    void refusesAMachineRecordOutOfRange() throws Exception {
        refusal(r -> machine(r).put("allowed_cpus", 0));
        refusal(r -> machine(r).put("usable_cpus", 0.0));
        refusal(r -> machine(r).put("other_cpus_used", -0.1));
        refusal(r -> machine(r).put("swap_in_pages", 1.5));
        refusal(r -> machine(r).put("busy", "yes"));
        refusal(r -> machine(r).put("governor", "<script>"));
        refusal(r -> ((ObjectNode) machine(r).get("before")).put("load_average", -1.0));
        refusal(r -> ((ObjectNode) machine(r).get("before")).put("runnable", -1));
    }

    @Test
    void refusesValuesOutsideTheEnums() throws Exception {
        refusal(r -> half(r, "current").put("max_rss_source", "proc_vmhwm"));
        refusal(r -> half(r, "current").put("position", "third"));
        refusal(r -> ((ObjectNode) r.get("verdict")).put("status", "PASS"));
        refusal(r -> ((ObjectNode) r.get("analysis").get("wall_time")).put("status", "ok"));
        refusal(r -> ((ObjectNode) r.get("config")).put("order", "shuffled"));
        refusal(r -> ((ObjectNode) r.get("run")).put("runner", "fake"));
    }

    @Test
    void refusesWrongTypesAndRanges() throws Exception {
        refusal(r -> half(r, "current").put("wall_ns", 1.5));
        refusal(r -> half(r, "current").put("wall_ns", -1));
        refusal(r -> half(r, "current").putNull("user_us"));
        refusal(r -> ((ObjectNode) r.get("config")).put("significance_alpha", 1.0));
        refusal(r -> ((ObjectNode) r.get("analysis").get("wall_time").get("wilcoxon")).put("p_two_sided", 1.2));
        refusal(r -> ((ObjectNode) r.get("analysis").get("wall_time")).put("ci_lower_pct", -100.0));
        refusal(r -> ((ObjectNode) r.get("analysis").get("wall_time").get("noise")).put("drift_rho", -1.5));
    }

    @Test
    void refusesFieldsMissingWhereTheyAreRequired() throws Exception {
        // our receipts always carry config, verdict, exact times and positions
        refusal(r -> r.remove("config"));
        refusal(r -> half(r, "baseline").remove("wall_ns"));
        refusal(r -> half(r, "baseline").remove("position"));
        // a peak without its source, CPU time without the rest of the rusage, rss_diff_kb without both peaks
        refusal(r -> half(r, "current").remove("max_rss_source"));
        refusal(r -> half(r, "current").remove("sys_us"));
        refusal(r -> half(r, "current").remove("max_rss_kb"));
        // a judged metric names its threshold; a reported one has none
        refusal(r -> ((ObjectNode) r.get("analysis").get("wall_time")).remove("threshold_pct"));
        refusal(r -> ((ObjectNode) r.get("analysis").get("cpu_time")).put("threshold_pct", 5.0));
        refusal(r -> ((ObjectNode) r.get("verdict")).remove("threshold_pct"));
    }

    @Test
    void stillRefusesWhatV1Refuses() throws Exception {
        refusal(r -> half(r, "baseline").put("wall_ms", 100.0));
        refusal(r -> half(r, "baseline").remove("exit_code"));
        refusal(r -> r.put("schema", "perfgate.paired.v2"));
    }

    @Test
    void anUpstreamReceiptNeedsNoneOfOurFields() throws Exception {
        JsonNode upstream =
                MAPPER.readTree(Files.readString(upstreamReceipts().findFirst().orElseThrow()));
        assertTrue(!upstream.has("config")
                && !upstream.get("samples").get(0).get("baseline").has("wall_ns"));
        assertEquals("", SchemaValidation.errors(upstream.toString()));
    }
}

package dev.perfgate.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.perfgate.merge.ReceiptCompatibility.Overridden;
import dev.perfgate.receipt.Thresholds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptSetReaderTest {

    @TempDir
    Path dir;

    private List<MergeStratum> read(Overridden overridden, Path... files) throws ReceiptSetException {
        return new ReceiptSetReader().read(List.of(files), dir, overridden);
    }

    private String refusal(Consumer<ObjectNode> change) throws IOException {
        Path a = ReceiptFiles.write(dir.resolve("shard-1/bench.paired.json"), ReceiptFiles.ours(), "run-1");
        Path b = ReceiptFiles.write(dir.resolve("shard-2/bench.paired.json"), ReceiptFiles.ours(), "run-2", change);
        return assertThrows(ReceiptSetException.class, () -> read(Overridden.NONE, a, b))
                .getMessage();
    }

    private static ObjectNode node(ObjectNode r, String field) {
        return (ObjectNode) r.get(field);
    }

    @Test
    void receiptsOfOneBenchmarkFromTwoMachinesMergeEachItsOwnStratum() throws Exception {
        Path a = ReceiptFiles.write(dir.resolve("shard-1/bench.paired.json"), ReceiptFiles.ours(), "run-1");
        Path b = ReceiptFiles.write(
                dir.resolve("shard-2/bench.paired.json"),
                ReceiptFiles.ours(),
                "run-2",
                r -> node(r, "bench").put("cwd", "/home/runner/other"));
        List<MergeStratum> strata = read(Overridden.NONE, a, b);
        assertEquals(
                List.of("shard-1/bench.paired.json", "shard-2/bench.paired.json"),
                strata.stream().map(MergeStratum::name).toList());
        assertEquals("run-2", strata.get(1).receipt().run().id());
    }

    @Test
    void theSameRunTwiceIsRefusedNamingBothFiles() throws Exception {
        Path a = ReceiptFiles.write(dir.resolve("one/bench.paired.json"), ReceiptFiles.ours(), "same-id");
        Path b = ReceiptFiles.write(dir.resolve("copy/bench.paired.json"), ReceiptFiles.ours(), "same-id");
        String message = assertThrows(ReceiptSetException.class, () -> read(Overridden.NONE, a, b))
                .getMessage();
        assertTrue(
                message.contains("same run (id same-id) is given twice, as one/bench.paired.json and"
                        + " copy/bench.paired.json"),
                message);
    }

    @Test
    void differentBenchmarksAreRefusedNamingTheDifference() throws Exception {
        String name = refusal(r -> node(r, "bench").put("name", "other"));
        assertTrue(
                name.contains("bench.name is 'same' in shard-1/bench.paired.json but 'other' in"
                        + " shard-2/bench.paired.json"),
                name);
        String command = refusal(
                r -> node(r, "bench").putArray("current_command").add("sleep").add("0.06"));
        assertTrue(
                command.contains("bench.current_command is '[sleep, 0.05]'") && command.contains("'[sleep, 0.06]'"),
                command);
        String runner = refusal(r -> node(r, "run").put("runner", "jdk"));
        assertTrue(runner.contains("run.runner is 'posix'") && runner.contains("'jdk'"), runner);
        String metrics = refusal(r -> node(r, "config")
                .putArray("metrics")
                .addObject()
                .put("name", "score")
                .put("better", "higher")
                .put("pattern", "score=(\\d+)"));
        assertTrue(metrics.contains("config.metrics"), metrics);
    }

    @Test
    void differentThresholdsAreRefusedUnlessTheMergeSetsItsOwn() throws Exception {
        Consumer<ObjectNode> stricter = r -> node(r, "config").put("fail_on_regression", 5.0);
        String message = refusal(stricter);
        assertTrue(
                message.contains("config.fail_on_regression is '50.0'")
                        && message.contains("'5.0'")
                        && message.contains("set that setting on the merge"),
                message);
        Path a = ReceiptFiles.write(dir.resolve("m1/bench.paired.json"), ReceiptFiles.ours(), "run-1");
        Path b = ReceiptFiles.write(dir.resolve("m2/bench.paired.json"), ReceiptFiles.ours(), "run-2", stricter);
        assertEquals(
                2,
                read(new Overridden(new Thresholds(5.0, null, null), false, false), a, b)
                        .size());
    }

    @Test
    void artifactPathsMayDifferButNotTheBinaries() throws Exception {
        Path a = ReceiptFiles.write(
                dir.resolve("a/bench.paired.json"),
                ReceiptFiles.ours(),
                "run-1",
                r -> withArtifact(r, "/home/a/.m2/app.jar", "aa"));
        Path b = ReceiptFiles.write(
                dir.resolve("b/bench.paired.json"),
                ReceiptFiles.ours(),
                "run-2",
                r -> withArtifact(r, "/Users/b/.m2/app.jar", "aa"));
        assertEquals(2, read(Overridden.NONE, a, b).size());
        Path c = ReceiptFiles.write(
                dir.resolve("c/bench.paired.json"),
                ReceiptFiles.ours(),
                "run-3",
                r -> withArtifact(r, "/Users/b/.m2/app.jar", "bb"));
        String message = assertThrows(ReceiptSetException.class, () -> read(Overridden.NONE, a, c))
                .getMessage();
        assertTrue(message.contains("bench.current_artifact") && message.contains("sha256 bb"), message);
    }

    private static void withArtifact(ObjectNode r, String file, String sha) {
        ObjectNode bench = node(r, "bench");
        bench.putArray("current_command").add("java").add("-jar").add(file);
        bench.putObject("current_artifact")
                .put("requested", "g:app:1.0")
                .put("coordinates", "g:app:jar:1.0")
                .put("file", file)
                .put("sha256", sha);
    }

    @Test
    void upstreamReceiptsMergeEachItsOwnStratum() throws Exception {
        Path a = ReceiptFiles.write(dir.resolve("up-1.paired.json"), ReceiptFiles.upstream(), "u-1");
        Path b = ReceiptFiles.write(dir.resolve("up-2.paired.json"), ReceiptFiles.upstream(), "u-2");
        List<MergeStratum> strata = read(Overridden.NONE, a, b);
        assertEquals(2, strata.size());
        assertEquals(13, strata.get(0).receipt().measuredSamples().size());
    }

    @Test
    void aMergedReceiptIsRefused() throws Exception {
        Path merged = ReceiptFiles.write(
                dir.resolve("merged.paired.json"),
                ReceiptFiles.ours(),
                "m-1",
                r -> r.putObject("merge")
                        .put("method", "inverse_variance_hodges_lehmann")
                        .put("heterogeneity_alpha", 0.05)
                        .putObject("metrics"));
        String message = assertThrows(ReceiptSetException.class, () -> read(Overridden.NONE, merged))
                .getMessage();
        assertTrue(message.contains("merged.paired.json is a merged receipt"), message);
    }

    @Test
    void aFileThatIsNotAReceiptIsRefusedNamingIt() throws Exception {
        Path bad = dir.resolve("bad.paired.json");
        java.nio.file.Files.writeString(bad, "{\"schema\": \"something.else\"}");
        String message = assertThrows(ReceiptSetException.class, () -> read(Overridden.NONE, bad))
                .getMessage();
        assertTrue(message.contains(bad + " is not a receipt perfgate can merge"), message);
    }
}

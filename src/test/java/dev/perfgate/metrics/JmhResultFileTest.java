package dev.perfgate.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhResultFileTest {

    @TempDir
    Path dir;

    static String realFile() throws IOException {
        try (InputStream in = JmhResultFileTest.class.getResourceAsStream("/jmh/jmh-1.37-result.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** One entry as JMH writes it, with the given fields spliced in. */
    static String entry(String benchmark, String mode, String params, String score, String unit) {
        return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"" + benchmark + "\",\"mode\":\"" + mode + "\","
                + (params == null ? "" : "\"params\":{" + params + "},")
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"" + unit + "\","
                + "\"rawData\":[[1.0]]},\"secondaryMetrics\":{}}";
    }

    @Test
    void readsJmh137FileWithModesParamsAndSecondaries() throws Exception {
        Path file = dir.resolve("result.json");
        Files.writeString(file, realFile());
        List<JmhBenchmark> all = JmhResultFile.read(file);
        assertEquals(4, all.size());
        JmhBenchmark loop = all.get(0);
        assertEquals("org.acme.Work.loop", loop.benchmark());
        assertEquals("org.acme.Work", loop.className());
        assertEquals("loop", loop.method());
        assertEquals(JmhMode.THROUGHPUT, loop.mode());
        assertTrue(loop.mode().higherIsBetter());
        assertEquals("ops/ms", loop.primary().unit());
        assertEquals(383.830246146292, loop.primary().value(), 0.0);
        assertTrue(loop.params().isEmpty());
        assertEquals("MB/sec", loop.secondaries().get("gc.alloc.rate").unit());

        JmhBenchmark fill = all.get(1);
        assertEquals(JmhMode.AVERAGE_TIME, fill.mode());
        assertFalse(fill.mode().higherIsBetter());
        assertEquals(Map.of("size", "10"), fill.params());
        assertEquals("[size=10]", fill.paramsSuffix());
        assertEquals("ns/op", fill.primary().unit());
        assertEquals("B/op", fill.secondaries().get("gc.alloc.rate.norm").unit());
        assertEquals("us/op", all.get(3).primary().unit());
    }

    @Test
    void everyModeHasItsDirection() throws Exception {
        String json =
                "[" + entry("a.B.t", "thrpt", null, "5.0", "ops/s") + "," + entry("a.B.a", "avgt", null, "5.0", "ns/op")
                        + "," + entry("a.B.s", "sample", null, "5.0", "ms/op") + ","
                        + entry("a.B.ss", "ss", null, "5.0", "s/op")
                        + "]";
        List<JmhBenchmark> all = JmhResultFile.parse(json, "x");
        assertEquals(
                List.of(true, false, false, false),
                all.stream().map(b -> b.mode().higherIsBetter()).toList());
    }

    @Test
    void missingFileSaysHowJmhShouldWriteIt() {
        JmhResultException e =
                assertThrows(JmhResultException.class, () -> JmhResultFile.read(dir.resolve("none.json")));
        assertTrue(
                e.getMessage().contains("wrote no JMH result file")
                        && e.getMessage().contains("-rf json -rff"),
                e.getMessage());
    }

    @Test
    void malformedFilesAreRefusedWithWhereAndWhat() {
        assertMessage("{\"benchmark\":1}", "not a JSON array");
        assertMessage("[", "not valid JSON");
        assertMessage("[]", "lists no benchmark");
        assertMessage("[42]", "entry 1 is not a JSON object");
        assertMessage("[{\"mode\":\"avgt\"}]", "entry 1: no benchmark text");
        assertMessage("[" + entry("nodots", "avgt", null, "1.0", "ns/op") + "]", "is not a Class.method name");
        assertMessage(
                "[" + entry("a.B.m\\u001b[31m", "avgt", null, "1.0", "ns/op") + "]", "is not a Class.method name");
        assertMessage("[" + entry("a.B.m", "all", null, "1.0", "ns/op") + "]", "unknown mode \"all\"");
        assertMessage(
                "[" + entry("a.B.m", "avgt", null, "\"NaN\"", "ns/op") + "]",
                "entry 1 (a.B.m) primaryMetric: score is \"NaN\", not a number");
        assertMessage("[" + entry("a.B.m", "avgt", null, "0.0", "ns/op") + "]", "score 0.0 is not positive");
        assertMessage("[" + entry("a.B.m", "thrpt", null, "3.0", "ns/op") + "]", "mode thrpt with unit ns/op");
        assertMessage("[" + entry("a.B.m", "avgt", null, "3.0", "ops/s") + "]", "mode avgt with unit ops/s");
        assertMessage(
                "[" + entry("a.B.m", "avgt", "\"x y\":\"1\"", "3.0", "ns/op") + "]",
                "parameter name \"x y\" is not a Java identifier");
        assertMessage(
                "[" + entry("a.B.m", "avgt", null, "3.0", "ns/op") + "," + entry("a.B.m", "avgt", null, "4.0", "ns/op")
                        + "]",
                "lists a.B.m avgt twice (entry 2)");
        String noPrimary = "[{\"benchmark\":\"a.B.m\",\"mode\":\"avgt\"}]";
        assertMessage(noPrimary, "entry 1 (a.B.m): no primaryMetric object");
    }

    @Test
    void sameBenchmarkWithTwoParameterSetsOrModesIsNoDuplicate() throws Exception {
        String json = "[" + entry("a.B.m", "avgt", "\"n\":\"1\"", "3.0", "ns/op") + ","
                + entry("a.B.m", "avgt", "\"n\":\"2\"", "4.0", "ns/op") + ","
                + entry("a.B.m", "thrpt", "\"n\":\"2\"", "4.0", "ops/us") + "]";
        assertEquals(3, JmhResultFile.parse(json, "x").size());
    }

    @Test
    void secondaryWithZeroScoreIsKeptAsUnusable() throws Exception {
        List<JmhBenchmark> all = JmhResultFile.parse(realFile(), "x");
        // gc.count of a benchmark that never collected is 0 in the real file
        assertTrue(all.get(0).secondaries().containsKey("gc.count"));
        assertEquals(null, all.get(0).secondaries().get("gc.count"));
    }

    @Test
    void oversizedFileIsRefusedWithoutReadingItWhole() throws Exception {
        Path file = dir.resolve("huge.json");
        try (var out = Files.newOutputStream(file)) {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (long written = 0; written <= JmhResultFile.MAX_BYTES; written += block.length) {
                out.write(block);
            }
        }
        JmhResultException e = assertThrows(JmhResultException.class, () -> JmhResultFile.read(file));
        assertTrue(e.getMessage().contains("larger than 64 MiB"), e.getMessage());
    }

    private static void assertMessage(String json, String expected) {
        JmhResultException e = assertThrows(JmhResultException.class, () -> JmhResultFile.parse(json, "r.json"));
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }
}

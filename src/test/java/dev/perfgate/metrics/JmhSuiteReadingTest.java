package dev.perfgate.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.MetricOrigin;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.testing.FakeRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhSuiteReadingTest {

    @TempDir
    Path dir;

    /** Plays JMH: prints the given output and writes the given result file (or none) where -rff says. */
    private static FakeRunner fakeJmh(String stdout, Function<Path, String> resultFile) {
        return FakeRunner.of(spec -> {
                    Path file = Path.of(spec.argv().get(spec.argv().indexOf("-rff") + 1));
                    String json = resultFile.apply(file);
                    if (json != null) {
                        try {
                            Files.writeString(file, json, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return new RunResult(
                            1_000_000, 0, false, stdout.getBytes(StandardCharsets.UTF_8), new byte[0], null, null);
                })
                .named("fake-jmh");
    }

    private static MetricDefinition suite(String include, String exclude, List<String> secondaries) {
        return new MetricDefinition(
                "jmh", null, 10.0, null, null, null, "@{metricFile}", include, exclude, secondaries, null);
    }

    private RunResult run(ProcessRunner jmh, MetricDefinition definition) throws Exception {
        return MetricCapturingRunner.around(jmh, List.of(definition))
                .run(new CommandSpec(
                        "current",
                        List.of("java", "-jar", "b.jar", "-rf", "json", "-rff", "@{metricFile}"),
                        dir,
                        Map.of(),
                        null,
                        0));
    }

    @Test
    void eachBenchmarkBecomesAMetricWithItsOrigin() throws Exception {
        String real = JmhResultFileTest.realFile();
        RunResult r =
                run(fakeJmh("# Run complete.\n", f -> real), suite(null, "steady", List.of("gc.alloc.rate.norm")));
        assertTrue(r.metrics().problems().isEmpty(), r.metrics().problems().toString());
        assertEquals(
                List.of(
                        "jmh:Sized.fill[size=1000]",
                        "jmh:Sized.fill[size=1000]:gc.alloc.rate.norm",
                        "jmh:Sized.fill[size=10]",
                        "jmh:Sized.fill[size=10]:gc.alloc.rate.norm",
                        "jmh:Work.loop",
                        "jmh:Work.loop:gc.alloc.rate.norm"),
                r.metrics().values().keySet().stream().sorted().toList());
        assertEquals(
                new MetricOrigin("jmh", "Work", "loop", "thrpt", "ops/ms", true),
                r.metrics().origins().get("jmh:Work.loop"));
        assertEquals(
                new MetricOrigin("jmh", "Sized", "fill[size=10]:gc.alloc.rate.norm", "avgt", "B/op", false),
                r.metrics().origins().get("jmh:Sized.fill[size=10]:gc.alloc.rate.norm"));
        assertEquals(383.830246146292, r.metrics().values().get("jmh:Work.loop"), 0.0);
    }

    @Test
    void aBenchmarkThatThrewFailsTheRunQuotingJmh() throws Exception {
        String out = "# Benchmark: org.acme.Work.loop\n\n<failure>\n\njava.lang.IllegalStateException: broken cache\n"
                + "\tat org.acme.Work.loop(Work.java:12)\n\n# Run complete.\n";
        RunResult r = run(
                fakeJmh(
                        out,
                        f -> JmhResultFileTest.entry("a.B.m", "avgt", null, "1.0", "ns/op")
                                .transform(e -> "[" + e + "]")),
                suite(null, null, null));
        assertEquals(1, r.metrics().problems().size());
        String problem = r.metrics().problems().get(0);
        assertTrue(
                problem.startsWith("metric 'jmh': a JMH benchmark failed: \"<failure>⏎java.lang.IllegalStateException:"
                        + " broken cache"),
                problem);
    }

    @Test
    void noResultFileFailsTheRunWithJmhsLastLines() throws Exception {
        RunResult r = run(fakeJmh("Error: Unable to access jarfile b.jar\n", f -> null), suite(null, null, null));
        String problem = r.metrics().problems().get(0);
        assertTrue(
                problem.contains("the run wrote no JMH result file")
                        && problem.endsWith("JMH's last lines: \"Error: Unable to access jarfile b.jar\""),
                problem);
    }

    @Test
    void includeThatMatchesNothingIsAProblem() throws Exception {
        String real = JmhResultFileTest.realFile();
        RunResult r = run(fakeJmh("", f -> real), suite("Nothing", null, null));
        assertEquals(
                List.of("metric 'jmh': include/exclude leave none of the 4 benchmarks of "
                        + r.metrics().problems().get(0).replaceAll(".* of (\\S+) to gate$", "$1") + " to gate"),
                r.metrics().problems());
    }
}

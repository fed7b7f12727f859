package dev.perfgate.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.JdkProcessRunner;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.testing.FakeRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricCapturingRunnerTest {

    @TempDir
    Path dir;

    /** Plays a command: returns the stdout it is given (honouring the spec's cap) after running an action. */
    private static FakeRunner scripted(Function<CommandSpec, String> script) {
        return FakeRunner.of(spec -> {
                    byte[] out = script.apply(spec).getBytes(StandardCharsets.UTF_8);
                    long cap = spec.outputCapBytes();
                    byte[] kept = cap == 0 || out.length <= cap ? out : java.util.Arrays.copyOf(out, (int) cap);
                    return new RunResult(1_000_000, 0, false, kept, new byte[0], null, null);
                })
                .named("scripted");
    }

    private static MetricDefinition pattern(String name, String regex) {
        return new MetricDefinition(name, MetricDefinition.LOWER, null, regex, null, null);
    }

    private static MetricDefinition json(String name, String file, String pointer) {
        return new MetricDefinition(name, MetricDefinition.HIGHER, null, null, file, pointer);
    }

    private CommandSpec spec(List<String> argv, long cap) {
        return new CommandSpec("current", argv, dir, Map.of(), null, cap);
    }

    @Test
    void withoutMetricsTheRunnerIsUsedAsIs() {
        ProcessRunner inner = scripted(s -> "");
        assertSame(inner, MetricCapturingRunner.around(inner, List.of()));
    }

    @Test
    void aPatternReadsTheWholeStdoutBeyondTheCapAndTheLastMatchCounts() throws Exception {
        String progress = "iteration: 1.5 ms\n".repeat(1000);
        FakeRunner inner = scripted(s -> progress + "Result: 42.25 ms\n");
        ProcessRunner runner = MetricCapturingRunner.around(inner, List.of(pattern("latency", "^Result: (\\S+) ms$")));

        RunResult result = runner.run(spec(List.of("bench"), 64));

        assertEquals(
                MetricCapturingRunner.DEFAULT_PATTERN_STDOUT_BYTES,
                inner.specs().get(0).outputCapBytes(),
                "the whole stdout must be captured for the pattern, up to its limit");
        assertEquals(64, result.stdout().length, "the receipt keeps only outputCapBytes");
        assertEquals(Map.of("latency", 42.25), result.metrics().values());
        assertTrue(
                result.metrics().problems().isEmpty(),
                result.metrics().problems().toString());
    }

    @Test
    void aStdoutLongerThanThePatternLimitIsNeverHeldWholeAndNamesTheLimitAndTheParameter() throws Exception {
        ProcessRunner runner = MetricCapturingRunner.around(
                new JdkProcessRunner(dir), List.of(pattern("latency", "^Result: (\\S+) ms$")), 4096);
        String command = "i=0; while [ $i -lt 300 ]; do echo 'iteration: 1.5 ms progress line'; i=$((i+1)); done;"
                + " echo 'Result: 42.25 ms'";

        RunResult tooLong = runner.run(spec(List.of("sh", "-c", command), 0));
        RunResult shortEnough = runner.run(spec(List.of("sh", "-c", "echo 'Result: 7 ms'"), 0));

        assertTrue(tooLong.stdout().length <= 4096, "held at most the limit: " + tooLong.stdout().length);
        assertEquals(
                List.of("metric 'latency': stdout is longer than the 4096 bytes a pattern is matched on"
                        + " (patternStdoutBytes); raise patternStdoutBytes, print less, or write the result to a file and"
                        + " read it with jsonFile"),
                tooLong.metrics().problems());
        assertTrue(tooLong.metrics().values().isEmpty(), "a value read from a stdout cut short may not be the last");
        assertEquals(Map.of("latency", 7.0), shortEnough.metrics().values());
    }

    @Test
    void aMissingOrUnusableValueIsAProblemQuotingWhatWasFound() throws Exception {
        RunResult noMatch = MetricCapturingRunner.around(
                        scripted(s -> "all good\nbye\n"), List.of(pattern("score", "score=(\\S+)")))
                .run(spec(List.of("b"), 0));
        assertEquals(
                List.of(
                        "metric 'score': pattern score=(\\S+) on stdout found no match in stdout ending \"all good⏎bye⏎\""),
                noMatch.metrics().problems());

        RunResult notANumber = MetricCapturingRunner.around(
                        scripted(s -> "score=fast\n"), List.of(pattern("score", "score=(\\S+)")))
                .run(spec(List.of("b"), 0));
        assertEquals(
                List.of("metric 'score': \"fast\" is not a number (pattern score=(\\S+) on stdout)"),
                notANumber.metrics().problems());

        RunResult negative = MetricCapturingRunner.around(
                        scripted(s -> "score=-3\n"), List.of(pattern("score", "score=(\\S+)")))
                .run(spec(List.of("b"), 0));
        assertEquals(
                List.of("metric 'score': -3.0 is not a positive finite number (pattern score=(\\S+) on stdout)"),
                negative.metrics().problems());
        assertTrue(negative.metrics().values().isEmpty());
    }

    @Test
    void eachRunGetsItsOwnMetricFileWhichIsReadAtThePointer() throws Exception {
        List<String> written = new ArrayList<>();
        FakeRunner inner = scripted(s -> {
            String path = s.argv().get(2);
            written.add(path);
            write(Path.of(path), "[{\"primaryMetric\": {\"score\": " + (100 + written.size()) + ".5}}]");
            return "";
        });
        ProcessRunner runner =
                MetricCapturingRunner.around(inner, List.of(json("score", "@{metricFile}", "/0/primaryMetric/score")));

        RunResult first = runner.run(spec(List.of("java", "-rff", "@{metricFile}"), 0));
        RunResult second = runner.run(spec(List.of("java", "-rff", "@{metricFile}"), 0));

        assertEquals(Map.of("score", 101.5), first.metrics().values());
        assertEquals(Map.of("score", 102.5), second.metrics().values());
        assertFalse(written.get(0).equals(written.get(1)), "two runs shared " + written.get(0));
        assertFalse(written.get(0).contains("@{"), written.get(0));
        assertFalse(Files.exists(Path.of(written.get(0))), "the per-run file is removed once read");
    }

    @Test
    void aFixedJsonFileLeftByAnEarlierRunIsNeverReadAgain() throws Exception {
        Path file = dir.resolve("result.json");
        write(file, "{\"ops\": 5}");
        FakeRunner writesNothing = scripted(s -> "");
        RunResult result = MetricCapturingRunner.around(writesNothing, List.of(json("ops", "result.json", "/ops")))
                .run(spec(List.of("bench"), 0));
        assertEquals(
                List.of("metric 'ops': the run wrote no file " + file.toAbsolutePath()),
                result.metrics().problems());
    }

    @Test
    void aJsonFileWithoutTheValueQuotesItsContent() throws Exception {
        FakeRunner inner = scripted(s -> {
            write(dir.resolve("r.json"), "{\"ops\": {\"mean\": 3}}");
            return "";
        });
        RunResult result = MetricCapturingRunner.around(inner, List.of(json("ops", "r.json", "/ops/score")))
                .run(spec(List.of("bench"), 0));
        assertEquals(
                List.of("metric 'ops': nothing at /ops/score in "
                        + dir.resolve("r.json").toAbsolutePath() + ", which holds \"{\"ops\": {\"mean\": 3}}\""),
                result.metrics().problems());
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

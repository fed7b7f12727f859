package dev.perfgate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import dev.perfgate.process.choice.ProcessRunners;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The process runners' cost set beside hyperfine's, in short blocks that alternate the tools, so that
 * a machine whose load drifts during the benchmark moves every tool of a block alike: each block gives a
 * ratio (or a difference), and the blocks are summarised by their median with a 95% interval (order
 * statistics, distribution-free). Two runs of the script then agree within a few percent where one long
 * round per tool did not.
 *
 * <pre>
 * OverheadBench overhead &lt;blocks&gt; &lt;runs per block&gt; &lt;warmups&gt; cmd...
 *     per block: median (and minimum) wall time of each tool over its runs, and the runners' ratios to
 *     hyperfine -N; the minima's ratio holds stiller on a loaded machine, where every run waits for a CPU
 * OverheadBench session &lt;blocks&gt; &lt;runs per block&gt; cmd...
 *     per block: a session of runs per tool timed whole: the fixed cost per run (session minus measured,
 *     per run) and session / measured
 * </pre>
 *
 * The tools' order rotates from block to block. hyperfine's session is its marginal cost: two calls, of
 * 1 and of 1 + runs runs, so that its own start-up and analysis cancel out; the runners' sessions run in
 * this JVM, warmed up, and include everything a runner does per run (capture files, spawn, wait, reap,
 * leftover sweep, reading the output back).
 */
public final class OverheadBench {

    private static final List<String> RUNNERS = List.of("posix", "jdk");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OverheadBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: OverheadBench overhead <blocks> <runs> <warmups> cmd... |"
                    + " session <blocks> <runs> cmd...");
            System.exit(2);
        }
        int blocks = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path scratch = Files.createTempDirectory("perfgate-overhead-");
        if (args[0].equals("overhead")) {
            int warmups = Integer.parseInt(args[3]);
            overhead(blocks, runs, warmups, List.of(args).subList(4, args.length), scratch);
        } else {
            session(blocks, runs, List.of(args).subList(3, args.length), scratch);
        }
    }

    private static void overhead(int blocks, int runs, int warmups, List<String> command, Path scratch)
            throws Exception {
        Map<String, ProcessRunner> runners = runners();
        for (ProcessRunner runner : runners.values()) {
            runMany(runner, command, Math.max(warmups, 300)); // the JIT compiles the runner once, not per block
        }
        System.out.printf(
                Locale.ROOT,
                "%-6s %10s %10s %8s %10s %8s   %s%n",
                "block",
                "hyperfine",
                "posix",
                "ratio",
                "jdk",
                "ratio",
                "(medians of the block's runs, ms)");
        Map<String, double[]> medianRatios = new LinkedHashMap<>();
        Map<String, double[]> minRatios = new LinkedHashMap<>();
        RUNNERS.forEach(name -> medianRatios.put(name, new double[blocks]));
        RUNNERS.forEach(name -> minRatios.put(name, new double[blocks]));
        for (int block = 0; block < blocks; block++) {
            Map<String, double[]> times = new LinkedHashMap<>();
            for (String tool : rotated(block)) {
                times.put(
                        tool,
                        tool.equals("hyperfine")
                                ? Hyperfine.run(command, runs, Math.min(warmups, 3), scratch)
                                        .timesMs()
                                : wallMs(runMany(runners.get(tool), command, runs)));
            }
            double hf = Summary.median(times.get("hyperfine"));
            double hfMin = Arrays.stream(times.get("hyperfine")).min().orElseThrow();
            for (String name : RUNNERS) {
                medianRatios.get(name)[block] = Summary.median(times.get(name)) / hf;
                minRatios.get(name)[block] =
                        Arrays.stream(times.get(name)).min().orElseThrow() / hfMin;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-6d %10.3f %10.3f %8.3f %10.3f %8.3f%n",
                    block + 1,
                    hf,
                    Summary.median(times.get("posix")),
                    medianRatios.get("posix")[block],
                    Summary.median(times.get("jdk")),
                    medianRatios.get("jdk")[block]);
        }
        for (String name : RUNNERS) {
            System.out.printf(
                    Locale.ROOT,
                    "%-5s / hyperfine -N, ratio of the blocks' medians: %s%n",
                    name,
                    Summary.of(medianRatios.get(name)).format("%.3f", "x"));
            System.out.printf(
                    Locale.ROOT,
                    "%-5s / hyperfine -N, ratio of the blocks' minima:  %s%n",
                    name,
                    Summary.of(minRatios.get(name)).format("%.3f", "x"));
        }
        System.out.printf(Locale.ROOT, "(%d blocks of %d runs per tool, the tools' order rotating)%n", blocks, runs);
    }

    private static void session(int blocks, int runs, List<String> command, Path scratch) throws Exception {
        Map<String, ProcessRunner> runners = runners();
        for (ProcessRunner runner : runners.values()) {
            runMany(runner, command, Math.min(300, Math.max(20, 3000 / Math.max(1, runs))));
        }
        Map<String, double[]> fixed = new LinkedHashMap<>();
        Map<String, double[]> ratio = new LinkedHashMap<>();
        for (String tool : rotated(0)) {
            fixed.put(tool, new double[blocks]);
            ratio.put(tool, new double[blocks]);
        }
        for (int block = 0; block < blocks; block++) {
            for (String tool : rotated(block)) {
                double sessionMs;
                double measuredMs;
                if (tool.equals("hyperfine")) {
                    Hyperfine.Result one = Hyperfine.run(command, 1, 0, scratch);
                    Hyperfine.Result many = Hyperfine.run(command, 1 + runs, 0, scratch);
                    sessionMs = many.elapsedMs() - one.elapsedMs();
                    measuredMs = many.sumMs() - one.sumMs();
                } else {
                    long start = System.nanoTime();
                    List<RunResult> results = runMany(runners.get(tool), command, runs);
                    sessionMs = (System.nanoTime() - start) / 1e6;
                    measuredMs =
                            results.stream().mapToLong(RunResult::wallNanos).sum() / 1e6;
                }
                fixed.get(tool)[block] = (sessionMs - measuredMs) / runs;
                ratio.get(tool)[block] = sessionMs / measuredMs;
            }
        }
        System.out.printf(Locale.ROOT, "%-10s %-34s %-34s%n", "tool", "fixed cost per run (ms)", "session / measured");
        for (String tool : fixed.keySet()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %-34s %-34s%n",
                    tool,
                    Summary.of(fixed.get(tool)).format("%.2f", ""),
                    Summary.of(ratio.get(tool)).format("%.3f", "x"));
        }
        System.out.printf(Locale.ROOT, "(%d blocks of %d runs of: %s)%n", blocks, runs, String.join(" ", command));
    }

    private static Map<String, ProcessRunner> runners() {
        Map<String, ProcessRunner> runners = new LinkedHashMap<>();
        RUNNERS.forEach(name -> runners.put(name, ProcessRunners.select(name)));
        return runners;
    }

    /** hyperfine, posix, jdk in an order that moves by one place each block. */
    private static List<String> rotated(int block) {
        List<String> tools = new ArrayList<>(List.of("hyperfine", "posix", "jdk"));
        java.util.Collections.rotate(tools, block);
        return tools;
    }

    private static List<RunResult> runMany(ProcessRunner runner, List<String> command, int runs) throws Exception {
        List<RunResult> results = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            RunResult result = runner.run(new CommandSpec("current", command, null, Map.of(), null, 0));
            if (result.exitCode() != 0) {
                throw new IllegalStateException(runner.name() + ": " + command + " exited " + result.exitCode());
            }
            results.add(result);
        }
        return results;
    }

    private static double[] wallMs(List<RunResult> results) {
        return results.stream().mapToDouble(r -> r.wallNanos() / 1e6).toArray();
    }

    /** One call of {@code hyperfine -N}. */
    private static final class Hyperfine {
        record Result(double[] timesMs, double sumMs, double elapsedMs) {}

        static Result run(List<String> command, int runs, int warmups, Path scratch)
                throws IOException, InterruptedException {
            Path json = scratch.resolve("hyperfine.json");
            List<String> argv = new ArrayList<>(List.of(
                    "hyperfine",
                    "-N",
                    "--style",
                    "none",
                    "--warmup",
                    Integer.toString(warmups),
                    "--runs",
                    Integer.toString(runs),
                    "--export-json",
                    json.toString(),
                    "--",
                    String.join(" ", command)));
            long start = System.nanoTime();
            Process hyperfine = new ProcessBuilder(argv)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (hyperfine.waitFor() != 0) {
                throw new IllegalStateException("hyperfine failed: " + argv);
            }
            double elapsedMs = (System.nanoTime() - start) / 1e6;
            JsonNode result = JSON.readTree(json.toFile()).get("results").get(0);
            double[] times = new double[result.get("times").size()];
            for (int i = 0; i < times.length; i++) {
                times[i] = result.get("times").get(i).asDouble() * 1e3;
            }
            return new Result(times, Arrays.stream(times).sum(), elapsedMs);
        }
    }

    /** The median of the blocks' figures with a distribution-free 95% interval for it. */
    record Summary(double median, double low, double high) {

        static Summary of(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            // The interval [x(k), x(n+1-k)] covers the median with probability 1 - 2 P(Bin(n, 1/2) < k).
            BinomialDistribution half = new BinomialDistribution(null, n, 0.5);
            int k = 1;
            while (k + 1 <= n / 2 && half.cumulativeProbability(k) <= 0.025) {
                k++;
            }
            boolean covered = half.cumulativeProbability(k - 1) <= 0.025;
            return new Summary(
                    median(sorted), covered ? sorted[k - 1] : Double.NaN, covered ? sorted[n - k] : Double.NaN);
        }

        static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        String format(String number, String unit) {
            String interval = Double.isNaN(low)
                    ? "(too few blocks for a 95% interval)"
                    : "[" + String.format(Locale.ROOT, number, low) + ", " + String.format(Locale.ROOT, number, high)
                            + "]";
            return String.format(Locale.ROOT, number, median) + unit + " 95% CI " + interval;
        }
    }
}

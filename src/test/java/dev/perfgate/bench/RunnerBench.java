package dev.perfgate.bench;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import dev.perfgate.process.choice.ProcessRunners;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs commands N times with one runner and prints what that runner reported, one line per command, for
 * the scripts under bench/ to set beside hyperfine and GNU time. Several commands (separated by
 * {@code :::}) run in alternation, A B A B ..., to show that each run reports its own peak.
 *
 * <pre>RunnerBench &lt;auto|posix|jdk&gt; &lt;runs&gt; &lt;warmups&gt; cmd args... [::: cmd args...]</pre>
 *
 * Output: {@code runner=posix runs=30 wall_ms_median=0.712 cpu_ms_median=0.501 peak_kib_median=1024
 * peak_kib_min=900 peak_kib_max=1100 peak_sources=proc_vmhwm_sampled jvm_peak_kib=45000 command=/bin/true}; figures a runner
 * cannot measure print as {@code -}.
 */
public final class RunnerBench {

    private RunnerBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: RunnerBench <auto|posix|jdk> <runs> <warmups> cmd args... [::: cmd args...]");
            System.exit(2);
        }
        ProcessRunner runner = ProcessRunners.select(args[0]);
        int runs = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        List<List<String>> commands = splitCommands(Arrays.asList(args).subList(3, args.length));

        List<List<RunResult>> results = new ArrayList<>();
        for (List<String> command : commands) {
            results.add(new ArrayList<>());
        }
        for (int i = 0; i < warmups + runs; i++) {
            for (int c = 0; c < commands.size(); c++) {
                RunResult result = runner.run(new CommandSpec("current", commands.get(c), null, Map.of(), null, 0));
                if (i >= warmups) {
                    results.get(c).add(result);
                }
            }
        }
        for (int c = 0; c < commands.size(); c++) {
            System.out.println(describe(runner.name(), commands.get(c), results.get(c)));
        }
    }

    private static String describe(String runner, List<String> command, List<RunResult> results) {
        long[] wall = results.stream().mapToLong(RunResult::wallNanos).toArray();
        long[] cpu = results.stream()
                .filter(r -> r.usage() != null)
                .mapToLong(r -> r.usage().cpuMicros())
                .toArray();
        long[] peak = results.stream()
                .filter(r -> r.peakMemory() != null)
                .mapToLong(r -> r.peakMemory().kilobytes())
                .toArray();
        TreeSet<String> sources = new TreeSet<>();
        results.stream()
                .map(r -> r.peakMemory() == null ? "none" : r.peakMemory().source())
                .forEach(sources::add);
        return String.format(
                Locale.ROOT,
                "runner=%s runs=%d wall_ms_median=%.3f cpu_ms_median=%s peak_kib_median=%s peak_kib_min=%s"
                        + " peak_kib_max=%s peak_sources=%s jvm_peak_kib=%s command=%s",
                runner,
                results.size(),
                median(wall) / 1e6,
                cpu.length == 0 ? "-" : String.format(Locale.ROOT, "%.3f", median(cpu) / 1e3),
                peak.length == 0 ? "-" : String.format(Locale.ROOT, "%.0f", median(peak)),
                peak.length == 0 ? "-" : Long.toString(Arrays.stream(peak).min().getAsLong()),
                peak.length == 0 ? "-" : Long.toString(Arrays.stream(peak).max().getAsLong()),
                String.join(",", sources),
                jvmPeakKib(),
                String.join(" ", command));
    }

    /** The bench JVM's own VmHWM: commands below it get a sampled peak, commands above it an exact one. */
    private static String jvmPeakKib() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .findFirst()
                    .orElse("-");
        } catch (IOException | RuntimeException e) {
            return "-";
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static List<List<String>> splitCommands(List<String> words) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : words) {
            if (word.equals(":::")) {
                commands.add(current);
                current = new ArrayList<>();
            } else {
                current.add(word);
            }
        }
        commands.add(current);
        return commands;
    }
}

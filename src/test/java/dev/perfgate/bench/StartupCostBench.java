package dev.perfgate.bench;

import dev.perfgate.host.OshiHostProbe;
import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.choice.ProcessRunners;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What the plugin's own start-up costs a one-pair run, beyond Maven's: each step the plugin takes before
 * and around its first runs, timed once, cold, in a fresh JVM and in the plugin's order (choosing the
 * runner loads JNA and links the C library; the host probe starts OSHI). For bench/runners.sh startup.
 */
public final class StartupCostBench {

    private StartupCostBench() {}

    public static void main(String[] args) throws Exception {
        long jvmStart = ProcessHandle.current()
                .info()
                .startInstant()
                .map(i -> i.toEpochMilli())
                .orElse(0L);
        System.out.printf(Locale.ROOT, "%-52s %8.1f%n", "JVM start to main (ms, for scale)", (double)
                (System.currentTimeMillis() - jvmStart));
        ProcessRunner runner = time("choose the runner (auto: JNA, C library)", () -> ProcessRunners.select("auto"));
        CommandSpec trueCommand = new CommandSpec("current", List.of("/bin/true"), null, Map.of(), null, 0);
        time("first run of /bin/true (" + runner.name() + ")", () -> runner.run(trueCommand));
        time("second run of /bin/true", () -> runner.run(trueCommand));
        time("host probe (OSHI), no hostname hash", () -> new OshiHostProbe().probe(false));
        time("host probe again, with the hostname hash", () -> new OshiHostProbe().probe(true));
    }

    private static <T> T time(String step, Callable<T> action) throws Exception {
        long start = System.nanoTime();
        T result = action.call();
        System.out.printf(Locale.ROOT, "%-52s %8.1f%n", step + " (ms)", (System.nanoTime() - start) / 1e6);
        return result;
    }
}

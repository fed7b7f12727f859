package dev.perfgate.process.posix;

import com.sun.jna.Memory;
import dev.perfgate.process.CaptureFiles;
import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.LeftoverProcesses;
import dev.perfgate.process.NewProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What each piece of a posix run costs, measured alone in a warm JVM (median of many calls, in µs), for
 * bench/runners.sh pieces: which pieces are inside the timed window, and what the fixed cost outside it
 * is made of. Not a test: a main, run by the script.
 */
public final class RunnerPiecesBench {

    private static final int CALLS = Integer.getInteger("calls", 2000);

    private RunnerPiecesBench() {}

    public static void main(String[] args) throws Exception {
        Path scratch = Files.createTempDirectory("perfgate-pieces-");
        int self = (int) ProcessHandle.current().pid();
        CommandSpec spec = new CommandSpec("current", List.of("/bin/true"), null, Map.of(), null, 0);
        CommandSpec withToken = spec.withVariable(LeftoverProcesses.TOKEN_VARIABLE, LeftoverProcesses.newToken());
        System.out.println("piece (median of " + CALLS + " calls, µs)                          where");
        print("JNA direct call (kill(self, 0))", () -> LibC.kill(self, 0), "in the window, ~4 per run");
        Memory pollFd = new Memory(8);
        print(
                "JNA direct syscall (pidfd_open of self + close)",
                () -> LibC.close((int) LibC.syscall(434L, self, 0L)),
                "in the window (quiet start)");
        print(
                "helper-thread wait (submit, run, get)",
                () -> InterruptibleExitWait.endNanos(self, () -> {}),
                "in the window, runs over 2 ms only");
        print("spawn plan, inherited environment", () -> plan(spec, scratch), "before the window");
        print("spawn plan, environment with the run token", () -> plan(withToken, scratch), "before the window");
        print(
                "capture files: create, read back, delete",
                () -> {
                    try (CaptureFiles files = CaptureFiles.create(scratch, spec)) {
                        return files.read(0);
                    }
                },
                "outside the window");
        print("run window: read the fork counters", NewProcesses::before, "before the window");
        String token = LeftoverProcesses.newToken();
        NewProcesses since = NewProcesses.before();
        // As a run's sweep: the window from a process started just now.
        Process started = new ProcessBuilder("true").start();
        started.waitFor();
        print(
                "leftover sweep, processes since the run began",
                () -> LeftoverProcesses.killAll(token, since, started.pid(), LeftoverProcesses.NO_GROUP),
                "outside the window");
        print(
                "leftover sweep, every process (before this change)",
                () -> LeftoverProcesses.killAll(token, NewProcesses.unknown(), self + 1, LeftoverProcesses.NO_GROUP),
                "(for comparison)");
        jvmSpawnTax(spec);
        System.out.println(
                "processes on the machine: " + ProcessHandle.allProcesses().count());
    }

    /**
     * The runner's whole timed window for /bin/true beside the barest spawn this JVM can make (posix_spawnp
     * with no file actions or attributes, then wait4), alternating call by call: the difference is what the
     * runner itself adds; the rest of its gap to hyperfine is the JVM's (bench/bare-spawn.c gives the same bare
     * spawn from a small C process).
     */
    private static void jvmSpawnTax(CommandSpec spec) throws Exception {
        PosixProcessRunner runner = new PosixProcessRunner();
        byte[] file = SpawnPlan.cString("/bin/true");
        com.sun.jna.StringArray argv = new com.sun.jna.StringArray(new String[] {"/bin/true"});
        com.sun.jna.StringArray envp = new com.sun.jna.StringArray(new String[] {"PATH=/usr/bin:/bin"});
        int[] pid = new int[1];
        int[] status = new int[1];
        long[] bare = new long[CALLS];
        long[] window = new long[CALLS];
        for (int i = -CALLS / 4; i < CALLS; i++) {
            long start = System.nanoTime();
            LibC.posix_spawnp(pid, file, null, null, argv, envp);
            LibC.wait4(pid[0], status, 0, null);
            long bareNanos = System.nanoTime() - start;
            long windowNanos = runner.run(spec).wallNanos();
            if (i >= 0) {
                bare[i] = bareNanos;
                window[i] = windowNanos;
            }
        }
        Arrays.sort(bare);
        Arrays.sort(window);
        System.out.printf(
                Locale.ROOT,
                "%-56s %9.1f  %s%n",
                "/bin/true, bare posix_spawnp + wait4 from this JVM",
                bare[CALLS / 2] / 1e3,
                "alternating with the next");
        System.out.printf(
                Locale.ROOT,
                "%-56s %9.1f  %s%n",
                "/bin/true, the posix runner's measured wall time",
                window[CALLS / 2] / 1e3,
                "the runner adds the difference");
    }

    private static Object plan(CommandSpec spec, Path scratch) {
        try (SpawnPlan plan = new SpawnPlan(spec, null, scratch.resolve("out"), scratch.resolve("err"))) {
            return plan.envp;
        }
    }

    private static void print(String piece, Runnable action, String where) throws Exception {
        print(
                piece,
                () -> {
                    action.run();
                    return null;
                },
                where);
    }

    private static void print(String piece, Callable<?> action, String where) throws Exception {
        int calls = piece.contains("every process") ? Math.max(20, CALLS / 20) : CALLS;
        long[] nanos = new long[calls];
        for (int i = 0; i < calls / 2; i++) {
            action.call(); // warm-up
        }
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            action.call();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-56s %9.1f  %s%n", piece, nanos[calls / 2] / 1e3, where);
    }
}

package dev.perfgate.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A fake {@code /proc} and {@code /sys} under a temporary root, written file by file as a kernel would. */
final class FakeMachine {

    private final Path root;

    FakeMachine(Path root) {
        this.root = root;
    }

    FakeMachine file(String path, String text) {
        Path file = root.resolve(path.substring(1));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * {@code /proc/stat} with the given per-CPU busy (user) and idle ticks, the aggregate line their sum, and
     * {@code procs_running}.
     */
    FakeMachine stat(long[] userTicks, long[] idleTicks, int procsRunning) {
        StringBuilder cpus = new StringBuilder();
        long user = 0;
        long idle = 0;
        for (int i = 0; i < userTicks.length; i++) {
            cpus.append(String.format(Locale.ROOT, "cpu%d %d 0 0 %d 0 0 0 0 0 0%n", i, userTicks[i], idleTicks[i]));
            user += userTicks[i];
            idle += idleTicks[i];
        }
        return file(
                "/proc/stat",
                String.format(Locale.ROOT, "cpu  %d 0 0 %d 0 0 0 0 0 0%n", user, idle) + cpus
                        + "intr 1 2 3\nctxt 576483\nbtime 1700000000\nprocesses 8000\nprocs_running " + procsRunning
                        + "\nprocs_blocked 0\n");
    }

    /** {@code /proc/self/stat} of a process whose name holds a space and a parenthesis, as a comm may. */
    FakeMachine selfTicks(long utime, long stime, long cutime, long cstime) {
        return file(
                "/proc/self/stat",
                "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 " + utime + " " + stime + " " + cutime + " "
                        + cstime + " 20 0 40 0 123 456789 1000\n");
    }

    FakeMachine loadavg(String first) {
        return file("/proc/loadavg", first + " 0.53 0.18 3/160 8863\n");
    }

    FakeMachine swap(long in, long out) {
        return file("/proc/vmstat", "nr_free_pages 1000\npswpin " + in + "\npswpout " + out + "\npswpin_extra 9\n");
    }

    FakeMachine allowed(String list) {
        return file(
                "/proc/self/status", "Name:\tjava\nCpus_allowed:\tff\nCpus_allowed_list:\t" + list + "\nMems:\t1\n");
    }

    ProcMachineReader reader() {
        return new ProcMachineReader(root);
    }
}

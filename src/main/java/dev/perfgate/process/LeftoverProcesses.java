package dev.perfgate.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongPredicate;

/**
 * Finds and kills the processes a run left behind, whatever they did to escape its process tree (a new
 * process group, a new session, a double fork): each run's command gets a variable of its own,
 * {@code PERFGATE_RUN_TOKEN=<uuid>}, which every descendant inherits, and after the run every process
 * of the same user whose environment holds it is killed. This is how Jenkins' ProcessTreeKiller finds a
 * build's escaped processes. It runs after the run's wall time was taken, so it never inflates it, and
 * reads only the processes created since the run began ({@link NewProcesses}), so it costs a run well
 * under a millisecond on a machine with hundreds of processes.
 *
 * <p>Linux only ({@code /proc/<pid>/environ}); elsewhere {@link #killAll} finds nothing. A process that
 * clears its own environment ({@code env -i}) escapes it.
 */
public final class LeftoverProcesses {

    /** The variable each run's command carries. */
    public static final String TOKEN_VARIABLE = "PERFGATE_RUN_TOKEN";

    /** A process that forks while being killed is caught by the next round; a fork bomb wins anyway. */
    private static final int MAX_ROUNDS = 8;

    /** How long to let a process that is in the middle of an exec (no readable environment) finish it. */
    private static final long PAUSE_NANOS = 1_000_000;

    private static final Path PROC = Path.of("/proc");
    private static final File PROC_DIRECTORY = PROC.toFile();

    /** No process group to sweep besides the token's carriers. */
    public static final long NO_GROUP = -1;

    private static final Duration EXIT_WAIT = Duration.ofSeconds(5);

    private static final long SELF = ProcessHandle.current().pid();
    /** The JVM's user: only its processes are candidates (a JVM does not change user). */
    private static final Optional<Object> MY_UID = uid(PROC.resolve("self"));

    /** The init process: never a run's, and it has no readable environment. */
    private static final long INIT = 1;

    /** Flags bit of a kernel thread in /proc/[pid]/stat (PF_KTHREAD): never ours, never has an environment. */
    private static final long KERNEL_THREAD = 0x00200000L;

    private LeftoverProcesses() {}

    /** A fresh token for one run. */
    public static String newToken() {
        return UUID.randomUUID().toString();
    }

    /**
     * Kills every process of this user created since the run began ({@code since}, {@code firstPid}: the
     * run's command) whose environment carries {@code token}, or that is still in the run's process group
     * (its leader, a zombie kept unreaped by the caller, excepted); waits (bounded) until they are gone,
     * and tells how many there were.
     *
     * <p>One look is enough when it finds nothing and nothing uncertain. A process that was just killed
     * may have forked a moment before, and one caught in the middle of an exec has no readable environment
     * for an instant: either makes the sweep look again, until a look finds nothing and nothing uncertain.
     *
     * @param processGroup the run's process group (the command's pid), or {@link #NO_GROUP}
     */
    public static int killAll(String token, NewProcesses since, long firstPid, long processGroup) {
        if (!PROC_DIRECTORY.isDirectory()) {
            return 0;
        }
        byte[] needle = (TOKEN_VARIABLE + "=" + token).getBytes(StandardCharsets.UTF_8);
        Optional<Object> myUid = MY_UID;
        long self = SELF;
        Set<ProcessHandle> killed = new LinkedHashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Look look = look(needle, myUid, self, processGroup, since, firstPid);
            look.found.removeIf(p -> killed.contains(p) && !running(p.pid()));
            look.found.forEach(ProcessHandle::destroyForcibly);
            killed.addAll(look.found);
            if (look.found.isEmpty() && !look.uncertain) {
                break;
            }
            if (look.uncertain) {
                pause();
            }
        }
        if (!killed.isEmpty()) {
            awaitExit(killed);
        }
        return killed.size();
    }

    /** What one look found: carriers to kill, and whether some process could not be told apart yet. */
    private record Look(Set<ProcessHandle> found, boolean uncertain) {}

    private static Look look(
            byte[] needle, Optional<Object> myUid, long self, long group, NewProcesses since, long firstPid) {
        Set<ProcessHandle> found = new LinkedHashSet<>();
        boolean uncertain = false;
        String[] names = PROC_DIRECTORY.list();
        LongPredicate candidate = since.candidates(firstPid); // after the listing: see NewProcesses
        for (String name : names == null ? new String[0] : names) {
            if (!isPid(name)) {
                continue;
            }
            long pid = Long.parseLong(name);
            if (pid == INIT || pid == self || pid == group || !candidate.test(pid)) {
                continue;
            }
            Path process = PROC.resolve(name);
            Environment environment = environment(process.resolve("environ"), needle);
            boolean ours = environment == Environment.CARRIES || inGroup(process, group);
            // The uid's stat is dearer than the token match, so it is asked only of processes that matter.
            if (ours && sameUser(process, myUid)) {
                ProcessHandle.of(pid).ifPresent(found::add);
            } else if (environment == Environment.UNREADABLE && sameUser(process, myUid) && execing(process)) {
                uncertain = true;
            }
        }
        return new Look(found, uncertain);
    }

    private static boolean isPid(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    private static boolean sameUser(Path process, Optional<Object> myUid) {
        return myUid.isPresent() && myUid.equals(uid(process));
    }

    private static Optional<Object> uid(Path process) {
        try {
            return Optional.ofNullable(Files.getAttribute(process, "unix:uid"));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    private enum Environment {
        CARRIES,
        OTHER,
        UNREADABLE
    }

    /** Whether the NUL-separated environment holds exactly {@code needle} as one entry. */
    private static Environment environment(Path environ, byte[] needle) {
        byte[] env;
        try {
            env = Files.readAllBytes(environ);
        } catch (IOException | RuntimeException goneOrForbidden) {
            return Environment.UNREADABLE;
        }
        if (env.length == 0) {
            return Environment.UNREADABLE; // a zombie, a kernel thread, or a process in the middle of an exec
        }
        for (int start = 0; start + needle.length <= env.length; ) {
            int end = start;
            while (end < env.length && env[end] != 0) {
                end++;
            }
            if (end - start == needle.length && Arrays.equals(env, start, end, needle, 0, needle.length)) {
                return Environment.CARRIES;
            }
            start = end + 1;
        }
        return Environment.OTHER;
    }

    /**
     * True for a live user process with no readable environment: one in the middle of an exec, which may
     * carry the token an instant later. Zombies and kernel threads never will, and vanished ones are gone.
     */
    private static boolean execing(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ", 8);
            return afterName[0].charAt(0) != 'Z' && (Long.parseLong(afterName[6]) & KERNEL_THREAD) == 0;
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /** True when the process's group (the fifth field of its stat) is {@code group}. */
    private static boolean inGroup(Path process, long group) {
        if (group == NO_GROUP) {
            return false;
        }
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ", 4);
            return Long.parseLong(afterName[2]) == group;
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /**
     * True while the process exists and is not a zombie: a killed process that is not our child waits
     * for init to reap it, which a container's PID 1 may never do, and ProcessHandle.isAlive() counts it.
     */
    static boolean running(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /** Pauses even on an interrupted thread (a cancelled build must still clean up), keeping the flag. */
    private static void pause() {
        boolean interrupted = Thread.interrupted();
        try {
            Thread.sleep(PAUSE_NANOS / 1_000_000, (int) (PAUSE_NANOS % 1_000_000));
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitExit(Set<ProcessHandle> processes) {
        long deadline = System.nanoTime() + EXIT_WAIT.toNanos();
        boolean interrupted = false;
        for (ProcessHandle process : processes) {
            while (running(process.pid()) && deadline - System.nanoTime() > 0) {
                try {
                    Thread.sleep(5); // not our children (reparented to init): nothing to wait on but polling
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.perfgate.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds and kills the processes a run left behind, whatever they did to escape its process tree (a new
 * process group, a new session, a double fork): each run's command gets a variable of its own,
 * {@code PERFGATE_RUN_TOKEN=<uuid>}, which every descendant inherits, and after the run every process
 * of the same user whose environment holds it is killed. This is how Jenkins' ProcessTreeKiller finds a
 * build's escaped processes. It runs after the run's wall time was taken, so it never inflates it.
 *
 * <p>Linux only ({@code /proc/<pid>/environ}); elsewhere {@link #killAll} finds nothing. A process that
 * clears its own environment ({@code env -i}) escapes it.
 */
public final class LeftoverProcesses {

    /** The variable each run's command carries. */
    public static final String TOKEN_VARIABLE = "PERFGATE_RUN_TOKEN";

    /** A process that forks while being killed is caught by the next round; a fork bomb wins anyway. */
    private static final int MAX_ROUNDS = 8;

    /**
     * Rounds in a row that must find nothing before the sweep ends: one empty look can miss a process
     * that is just exec'ing (its environment unreadable for an instant) or a child forked a moment late.
     */
    private static final int QUIET_ROUNDS = 2;

    private static final long PAUSE_NANOS = 2_000_000;

    private static final Path PROC = Path.of("/proc");

    /** No process group to sweep besides the token's carriers. */
    public static final long NO_GROUP = -1;
    private static final Duration EXIT_WAIT = Duration.ofSeconds(5);

    private LeftoverProcesses() {
    }

    /** A fresh token for one run. */
    public static String newToken() {
        return UUID.randomUUID().toString();
    }

    /**
     * Kills every process of this user whose environment carries {@code token}, waits (bounded) until
     * they are gone, and tells how many there were.
     */
    public static int killAll(String token) {
        return killAll(token, NO_GROUP);
    }

    /**
     * Like {@link #killAll(String)}, and also every process still in the run's process group (its leader,
     * a zombie kept unreaped by the caller, excepted). A child caught in the middle of an exec has no
     * readable environment for an instant; the group still names it, so it is killed and counted.
     *
     * @param processGroup the run's process group (the command's pid), or {@link #NO_GROUP}
     */
    public static int killAll(String token, long processGroup) {
        if (!Files.isDirectory(PROC)) {
            return 0;
        }
        byte[] needle = (TOKEN_VARIABLE + "=" + token).getBytes(StandardCharsets.UTF_8);
        Optional<Object> myUid = uid(PROC.resolve("self"));
        long self = ProcessHandle.current().pid();
        Set<ProcessHandle> killed = new LinkedHashSet<>();
        int quietRounds = 0;
        for (int round = 0; round < MAX_ROUNDS && quietRounds < QUIET_ROUNDS; round++) {
            Set<ProcessHandle> found = carriers(needle, myUid, self, processGroup);
            found.removeIf(p -> killed.contains(p) && !running(p.pid()));
            if (found.isEmpty()) {
                quietRounds++;
                pause(); // a process in the middle of an exec shows no environment for an instant
                continue;
            }
            quietRounds = 0;
            found.forEach(ProcessHandle::destroyForcibly);
            killed.addAll(found);
        }
        awaitExit(killed);
        return killed.size();
    }

    private static Set<ProcessHandle> carriers(byte[] needle, Optional<Object> myUid, long self, long group) {
        Set<ProcessHandle> found = new LinkedHashSet<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, p -> isPid(p.getFileName().toString()))) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                // The token match first: it rules out almost every process, and the uid's stat is the dearer test.
                if (pid != self && pid != group
                        && (carries(process.resolve("environ"), needle) || inGroup(process, group))
                        && sameUser(process, myUid)) {
                    ProcessHandle.of(pid).ifPresent(found::add);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // /proc vanished or is not what we think: nothing we can find.
        }
        return found;
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

    /** True when the NUL-separated environment holds exactly {@code needle} as one entry. */
    static boolean carries(Path environ, byte[] needle) {
        byte[] env;
        try {
            env = Files.readAllBytes(environ);
        } catch (IOException | RuntimeException goneOrForbidden) {
            return false;
        }
        for (int start = 0; start + needle.length <= env.length; ) {
            int end = start;
            while (end < env.length && env[end] != 0) {
                end++;
            }
            if (end - start == needle.length && Arrays.equals(env, start, end, needle, 0, needle.length)) {
                return true;
            }
            start = end + 1;
        }
        return false;
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

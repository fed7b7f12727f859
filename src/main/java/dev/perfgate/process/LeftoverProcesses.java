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
    private static final int MAX_ROUNDS = 5;

    private static final Path PROC = Path.of("/proc");
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
        if (!Files.isDirectory(PROC)) {
            return 0;
        }
        byte[] needle = (TOKEN_VARIABLE + "=" + token).getBytes(StandardCharsets.UTF_8);
        Optional<Object> myUid = uid(PROC.resolve("self"));
        long self = ProcessHandle.current().pid();
        Set<ProcessHandle> killed = new LinkedHashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Set<ProcessHandle> found = carriers(needle, myUid, self);
            found.removeIf(p -> killed.contains(p) && !running(p.pid()));
            if (found.isEmpty()) {
                break;
            }
            found.forEach(ProcessHandle::destroyForcibly);
            killed.addAll(found);
        }
        awaitExit(killed);
        return killed.size();
    }

    private static Set<ProcessHandle> carriers(byte[] needle, Optional<Object> myUid, long self) {
        Set<ProcessHandle> found = new LinkedHashSet<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, p -> isPid(p.getFileName().toString()))) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                // The token match first: it rules out almost every process, and the uid's stat is the dearer test.
                if (pid != self && carries(process.resolve("environ"), needle) && sameUser(process, myUid)) {
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

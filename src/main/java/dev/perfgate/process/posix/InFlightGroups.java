package dev.perfgate.process.posix;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Process groups of runs in progress. A command runs in its own process group, so Ctrl-C at the terminal
 * reaches the JVM but not the command; one shutdown hook (registered on first use) kills every group
 * still running, so an interrupted build leaves no benchmark process behind.
 */
final class InFlightGroups {

    private static final Set<Integer> GROUPS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(InFlightGroups::killAll, "perfgate-kill-in-flight-runs"));
    }

    private InFlightGroups() {
    }

    static void add(int pgid) {
        GROUPS.add(pgid);
    }

    static void remove(int pgid) {
        GROUPS.remove(pgid);
    }

    private static void killAll() {
        for (int pgid : GROUPS) {
            LibC.kill(-pgid, PosixConstants.SIGKILL);
        }
    }
}

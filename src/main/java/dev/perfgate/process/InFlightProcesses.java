package dev.perfgate.process;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Processes the JDK runner has in flight. A shutdown hook (registered on first use) kills each one's
 * tree, so an interrupted build (Ctrl-C) leaves no benchmark process behind, even one that ignores SIGINT.
 */
final class InFlightProcesses {

    private static final Set<ProcessHandle> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(InFlightProcesses::killAll, "perfgate-kill-in-flight-jdk-runs"));
    }

    private InFlightProcesses() {
    }

    static void add(ProcessHandle process) {
        RUNNING.add(process);
    }

    static void remove(ProcessHandle process) {
        RUNNING.remove(process);
    }

    private static void killAll() {
        RUNNING.forEach(process -> ProcessTreeKiller.killTree(process, Duration.ofSeconds(2)));
    }
}

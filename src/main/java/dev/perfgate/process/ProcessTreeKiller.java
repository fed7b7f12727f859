package dev.perfgate.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kills a process and every process it started, then waits until they are all gone.
 *
 * <p>Only {@link ProcessHandle} is available here (no process groups), and a process's children are
 * reparented to init the moment it dies, after which nothing links them to the tree any more. So the
 * tree is captured before anything is killed, parents are killed before their children (a dead parent
 * cannot start new ones), and the survivors are searched again for children they started in the
 * meantime, a few rounds at most.
 */
final class ProcessTreeKiller {

    /** Enough to catch a process that forks while the tree is being killed; a fork bomb wins anyway. */
    private static final int MAX_ROUNDS = 5;

    private ProcessTreeKiller() {}

    /**
     * Forcibly kills {@code root} and all its descendants and waits up to {@code maxWait} for them to
     * exit. Processes that are already gone are skipped. Waiting is not cut short by an interrupt, so
     * a cancelled build leaves nothing running; the interrupt is restored before returning.
     *
     * @return {@code true} if every process seen in the tree is gone within {@code maxWait}
     */
    static boolean killTree(ProcessHandle root, Duration maxWait) {
        Set<ProcessHandle> seen = new LinkedHashSet<>();
        // Snapshot before the first kill: descendants() walks parent links that vanish once a parent dies.
        List<ProcessHandle> wave = new ArrayList<>();
        wave.add(root);
        // Kill the root first, so it cannot start anything new; the JDK lists descendants level by level
        // (not promised by its javadoc, so later rounds catch what slips through).
        root.descendants().forEach(wave::add);
        for (int round = 0; round < MAX_ROUNDS && !wave.isEmpty(); round++) {
            wave.forEach(ProcessHandle::destroyForcibly);
            seen.addAll(wave);
            wave = lateSpawned(wave, seen);
        }
        return awaitAll(seen, maxWait);
    }

    /** Children started by processes of {@code wave} that are still alive and were not seen before. */
    private static List<ProcessHandle> lateSpawned(List<ProcessHandle> wave, Set<ProcessHandle> seen) {
        List<ProcessHandle> late = new ArrayList<>();
        for (ProcessHandle process : wave) {
            process.descendants()
                    .filter(child -> !seen.contains(child) && !late.contains(child))
                    .forEach(late::add);
        }
        return late;
    }

    private static boolean awaitAll(Set<ProcessHandle> processes, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean interrupted = false;
        boolean allGone = true;
        // Ask for every exit first: the JDK watches a process that is not its own child by polling it
        // (from 300 ms up), so waiting on them one after the other would add those delays up.
        Map<ProcessHandle, CompletableFuture<ProcessHandle>> exits = new LinkedHashMap<>();
        processes.forEach(process -> exits.put(process, process.onExit()));
        for (Map.Entry<ProcessHandle, CompletableFuture<ProcessHandle>> exit : exits.entrySet()) {
            ProcessHandle process = exit.getKey();
            while (true) {
                long remaining = Math.max(0, deadline - System.nanoTime());
                try {
                    exit.getValue().get(remaining, TimeUnit.NANOSECONDS);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (TimeoutException e) {
                    allGone = false;
                    break;
                } catch (ExecutionException e) {
                    // onExit() does not fail in practice; if it did, fall back to asking directly.
                    allGone &= !process.isAlive();
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return allGone;
    }
}

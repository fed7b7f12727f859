package dev.perfgate.lock;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One benchmark measures at a time in this Maven process: the modules of a parallel ({@code -T}) reactor
 * run their {@code perfgate:paired} executions one after the other, in the order they asked (a fair lock).
 * Static, so shared by every execution of the plugin in this class realm.
 */
public final class JvmBenchmarkLock {

    private static final ReentrantLock LOCK = new ReentrantLock(true);
    private static volatile String holder;

    private JvmBenchmarkLock() {}

    /**
     * Waits until no other benchmark of this process measures, saying for whom it waits.
     *
     * @param who     e.g. {@code benchmark 'startup' (module app)}
     * @param waiting receives {@code waiting for benchmark 'x' (module y) to finish} when it must wait
     * @return what releases the lock
     */
    public static AutoCloseable acquire(String who, Consumer<String> waiting) throws InterruptedException {
        if (!LOCK.tryLock()) {
            String announced = announce(null, waiting);
            // Several executions may wait behind one another: say so again whenever the holder changes.
            while (!LOCK.tryLock(1, TimeUnit.SECONDS)) {
                announced = announce(announced, waiting);
            }
        }
        holder = who;
        return () -> {
            holder = null;
            LOCK.unlock();
        };
    }

    /** Logs the waiting line when the holder is not the one already announced; returns the one announced. */
    private static String announce(String announced, Consumer<String> waiting) {
        String current = holder;
        if (current == null && announced != null) {
            return announced; // between two holders: the next one is about to say who it is
        }
        String who = current == null ? "another benchmark" : current;
        if (!who.equals(announced)) {
            waiting.accept("waiting for " + who + " to finish");
        }
        return who;
    }
}

package dev.perfgate.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

/**
 * Runs in progress, for both runners, and the one shutdown hook that ends them. Once Maven is
 * interrupted (Ctrl-C, SIGTERM, a cancelled CI job) the hook marks the build as shutting down, so no
 * new run starts, then kills every run in flight with all its descendants (also those that left its
 * process tree) and deletes its capture files. Starting a run and registering it happen under the same
 * lock as the hook's marking, so no run can slip in between.
 *
 * <p>A run's leftover sweep stays registered until it is done, after its process was reaped: a Ctrl-C
 * reaches a command that shares Maven's process group (the JDK runner's) at the same moment as Maven, so
 * the run may end on its own and be sweeping while the JVM shuts down. The JVM halts once the hooks are
 * done, cutting that sweep short, so the hook sweeps as well, until the run says its sweep is over.
 *
 * <p>SIGKILL to Maven runs no hook at all: then whatever was in flight survives (see docs/processes.md).
 */
public final class InFlightRuns {

    /** Start something that may fail; {@link InFlightRuns#start} runs it under the lock. */
    @FunctionalInterface
    public interface Start<T, E extends Exception> {
        T start() throws E;
    }

    private static final Object LOCK = new Object();
    private static final Map<Object, Runnable> STOPPERS = new LinkedHashMap<>();
    private static final Map<Object, Runnable> SWEEPERS = new LinkedHashMap<>();
    private static volatile boolean shuttingDown;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(InFlightRuns::shutDown, "perfgate-stop-runs-in-flight"));
    }

    private InFlightRuns() {}

    /** True once the JVM is shutting down: no new run may start. */
    public static boolean shuttingDown() {
        return shuttingDown;
    }

    /**
     * Starts a run unless the build is shutting down, and registers how to stop it.
     *
     * @param stopper kills the run's process (and its group, where it has one) and deletes its files; it
     *                must not block long
     * @param sweeper  kills whatever else the run started, wherever it went (the token sweep)
     * @return the started run, which is the key for {@link #finished} and {@link #swept}
     * @throws CancellationException when the build is shutting down (nothing was started)
     */
    public static <T, E extends Exception> T start(
            Start<T, E> start, Function<T, Runnable> stopper, Function<T, Runnable> sweeper) throws E {
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new CancellationException("the build is shutting down; no new run starts");
            }
            T run = start.start();
            STOPPERS.put(run, stopper.apply(run));
            SWEEPERS.put(run, sweeper.apply(run));
            return run;
        }
    }

    /**
     * The run's process ended (it is about to be reaped, so its pid must no longer be signalled); the hook
     * still sweeps its leftovers until {@link #swept}.
     */
    public static void finished(Object run) {
        synchronized (LOCK) {
            STOPPERS.remove(run);
        }
    }

    /** The run's own leftover sweep is over: the hook has nothing left to do for it. */
    public static void swept(Object run) {
        synchronized (LOCK) {
            STOPPERS.remove(run);
            SWEEPERS.remove(run);
        }
    }

    private static void shutDown() {
        List<Runnable> stoppers;
        synchronized (LOCK) {
            shuttingDown = true;
            stoppers = new ArrayList<>(STOPPERS.values());
            stoppers.addAll(SWEEPERS.values()); // after every stopper: a stopped run starts nothing new
        }
        for (Runnable stopper : stoppers) {
            try {
                stopper.run();
            } catch (RuntimeException e) {
                // Keep stopping the others.
            }
        }
    }
}

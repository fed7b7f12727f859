package dev.perfgate.process.shutdown;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the JVM's exit back while an interrupted run keeps what it measured. On Ctrl-C, SIGTERM or a CI job's
 * time limit the JVM runs its shutdown hooks and then halts, whatever its other threads are doing; the build's
 * thread, which sees its run killed, must still write the receipt of the complete pairs and run the cleanup
 * command. While a grace is held, a shutdown hook waits for it to be released, up to a limit: a stuck build
 * must not keep a dying JVM alive.
 */
public final class ShutdownGrace implements AutoCloseable {

    private final CountDownLatch released = new CountDownLatch(1);
    private final Thread hook;

    private ShutdownGrace(Duration limit) {
        this.hook = new Thread(
                () -> {
                    try {
                        released.await(limit.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "perfgate-keep-what-was-measured");
    }

    /** Until {@link #close}, a JVM that shuts down waits up to {@code limit} for it. */
    public static ShutdownGrace hold(Duration limit) {
        ShutdownGrace grace = new ShutdownGrace(limit);
        try {
            Runtime.getRuntime().addShutdownHook(grace.hook);
        } catch (IllegalStateException e) {
            // already shutting down: nothing can be held back any more
        }
        return grace;
    }

    @Override
    public void close() {
        released.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook is running and now returns at once
        }
    }
}

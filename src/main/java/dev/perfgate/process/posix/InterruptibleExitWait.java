package dev.perfgate.process.posix;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Waits for a command's exit so that {@link Thread#interrupt()} (a build cancelled from mvnd or an IDE)
 * is honoured: {@code waitid} blocks in the kernel, where no Java interrupt reaches it, so it runs on a
 * helper thread while the caller waits interruptibly for the helper. The helper reads the clock itself
 * the moment {@code waitid} returns, so handing the result back adds nothing to the measured wall time.
 * On interrupt the command's process group is killed, which ends the wait.
 */
final class InterruptibleExitWait {

    private static final ExecutorService WAITERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "perfgate-exit-wait");
        thread.setDaemon(true);
        return thread;
    });

    private InterruptibleExitWait() {}

    /**
     * Runs {@code blockingWait} (which returns once {@code pgid}'s leader has exited) and returns the
     * {@link System#nanoTime()} at which it returned.
     *
     * @throws CancellationException when the calling thread is interrupted; the process group has then
     *                               been killed and the interrupt flag is set again
     */
    static long endNanos(int pgid, Runnable blockingWait) {
        Future<Long> end = WAITERS.submit(() -> {
            blockingWait.run();
            return System.nanoTime();
        });
        try {
            return end.get();
        } catch (InterruptedException e) {
            LibC.kill(-pgid, PosixConstants.SIGKILL);
            awaitUninterruptibly(end);
            Thread.currentThread().interrupt();
            CancellationException cancelled =
                    new CancellationException("interrupted while waiting for process " + pgid);
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /** The group was just sent SIGKILL, so the helper's wait ends promptly; the caller reaps after it. */
    private static void awaitUninterruptibly(Future<Long> end) {
        while (true) {
            try {
                end.get();
                return;
            } catch (InterruptedException again) {
                // keep waiting: reaping before the helper is done would make its waitid fail
            } catch (ExecutionException failed) {
                return;
            }
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}

package dev.perfgate.maven;

import dev.perfgate.lock.Exclusivity;
import dev.perfgate.lock.JvmBenchmarkLock;
import dev.perfgate.lock.MachineBenchmarkLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Held by a {@code perfgate:paired} execution from its first warmup to its last measured run, so that no
 * other benchmark measures at the same time: measurements that overlap are noise, not data. The JVM-wide
 * lock is always taken first (a file lock cannot tell two threads of one JVM apart), then, for
 * {@link Exclusivity#MACHINE}, the machine-wide one.
 */
final class BenchmarkLock implements AutoCloseable {

    private static final AtomicBoolean UNUSABLE_LOCK_WARNED = new AtomicBoolean();

    private final AutoCloseable machine;
    private final AutoCloseable jvm;

    private BenchmarkLock(AutoCloseable jvm, AutoCloseable machine) {
        this.jvm = jvm;
        this.machine = machine;
    }

    /**
     * @param who e.g. {@code benchmark 'startup' (module app)}
     * @throws MojoExecutionException when the build is interrupted while waiting
     */
    static BenchmarkLock acquire(Exclusivity mode, String who, Path machineLockFile, Log log)
            throws MojoExecutionException {
        if (mode == Exclusivity.NONE) {
            return new BenchmarkLock(null, null);
        }
        AutoCloseable jvm = null;
        try {
            jvm = JvmBenchmarkLock.acquire(who, log::info);
            AutoCloseable machine = null;
            if (mode == Exclusivity.MACHINE) {
                machine = machineLock(who, machineLockFile, log);
            }
            return new BenchmarkLock(jvm, machine);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(jvm);
            throw new MojoExecutionException(
                    "Interrupted while waiting for another benchmark to finish; nothing of " + who + " ran.", e);
        }
    }

    private static AutoCloseable machineLock(String who, Path file, Log log) throws InterruptedException {
        try {
            return MachineBenchmarkLock.acquire(
                    file,
                    who,
                    waiting -> log.info(
                            waiting + "; <exclusive> / -Dperfgate.exclusive=jvm measures alongside" + " other builds"));
        } catch (IOException e) {
            String message = "Cannot use the machine-wide benchmark lock " + file + " (" + e.getMessage() + "):"
                    + " measuring under the JVM-wide lock only; benchmarks of other Maven processes on this machine"
                    + " may measure at the same time as this one.";
            if (UNUSABLE_LOCK_WARNED.compareAndSet(false, true)) {
                log.warn(message); // once per build: every execution of the reactor would say the same
            } else {
                log.debug(message);
            }
            return null;
        }
    }

    @Override
    public void close() {
        closeQuietly(machine);
        closeQuietly(jvm);
    }

    private static void closeQuietly(AutoCloseable lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.close();
        } catch (Exception e) {
            // Releasing a lock we hold does not fail in practice; the OS frees the file lock at exit anyway.
        }
    }
}

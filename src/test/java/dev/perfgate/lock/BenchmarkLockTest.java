package dev.perfgate.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Benchmarks never measure at the same time: within a Maven process, and across processes on the machine. */
class BenchmarkLockTest {

    /** Generous: only reached when the lock is broken, never a timing assertion. */
    private static final long PATIENCE_S = 120;

    @TempDir
    Path dir;

    @Test
    void aSecondBenchmarkInTheSameJvmWaitsAndSaysForWhom() throws Exception {
        List<String> waitingLines = new CopyOnWriteArrayList<>();
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean firstReleased = new AtomicBoolean();
        AtomicBoolean secondRanAfterFirst = new AtomicBoolean();

        AutoCloseable first = JvmBenchmarkLock.acquire("benchmark 'startup' (module app)", line -> {});
        Thread second = new Thread(() -> {
            try (AutoCloseable held = JvmBenchmarkLock.acquire("benchmark 'batch' (module jobs)", line -> {
                waitingLines.add(line);
                waiting.countDown();
            })) {
                secondRanAfterFirst.set(firstReleased.get());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        second.start();
        assertTrue(waiting.await(PATIENCE_S, TimeUnit.SECONDS), "the second benchmark must wait");
        firstReleased.set(true);
        first.close();
        second.join(TimeUnit.SECONDS.toMillis(PATIENCE_S));

        assertFalse(second.isAlive());
        assertTrue(secondRanAfterFirst.get(), "the second benchmark may only start once the first released the lock");
        assertEquals(List.of("waiting for benchmark 'startup' (module app) to finish"), waitingLines);
    }

    @Test
    void aWaitingBenchmarkSaysSoAgainWhenTheHolderChanges() throws Exception {
        Map<String, List<String>> lines = new ConcurrentHashMap<>();
        BlockingQueue<String> acquired = new LinkedBlockingQueue<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch bothWaiting = new CountDownLatch(2);

        AutoCloseable first = JvmBenchmarkLock.acquire("benchmark 'a' (module a)", line -> {});
        List<Thread> waiters = new ArrayList<>();
        for (String name : List.of("b", "c")) {
            String who = "benchmark '" + name + "' (module " + name + ")";
            lines.put(who, new CopyOnWriteArrayList<>());
            Thread waiter = new Thread(() -> {
                try (AutoCloseable held = JvmBenchmarkLock.acquire(who, line -> {
                    lines.get(who).add(line);
                    bothWaiting.countDown();
                })) {
                    acquired.add(who);
                    release.await();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            waiters.add(waiter);
            waiter.start();
        }
        assertTrue(bothWaiting.await(PATIENCE_S, TimeUnit.SECONDS));
        first.close();
        String next = acquired.poll(PATIENCE_S, TimeUnit.SECONDS);
        String other = lines.keySet().stream()
                .filter(who -> !who.equals(next))
                .findFirst()
                .orElseThrow();
        for (int i = 0; i < PATIENCE_S * 10 && lines.get(other).size() < 2; i++) {
            Thread.sleep(100); // until the waiter has re-checked the holder; bounded, not a timing assertion
        }
        release.countDown();
        for (Thread waiter : waiters) {
            waiter.join(TimeUnit.SECONDS.toMillis(PATIENCE_S));
        }

        assertEquals(
                List.of("waiting for benchmark 'a' (module a) to finish", "waiting for " + next + " to finish"),
                lines.get(other));
        assertEquals(List.of("waiting for benchmark 'a' (module a) to finish"), lines.get(next));
    }

    @Test
    void interruptedWhileWaitingForTheMachineLockStopsInsteadOfRunningWithoutIt() throws Exception {
        Path file = dir.resolve(MachineBenchmarkLock.FILE_NAME);
        Process holder = startHolder(file);
        try {
            CountDownLatch waiting = new CountDownLatch(1);
            List<Throwable> thrown = new CopyOnWriteArrayList<>();
            Thread waiter = new Thread(() -> {
                try (AutoCloseable held = MachineBenchmarkLock.acquire(
                        file, "benchmark 'mine' (module here)", line -> waiting.countDown())) {
                    thrown.add(new AssertionError("acquired a lock another process holds"));
                } catch (Exception e) {
                    thrown.add(e);
                }
            });
            waiter.start();
            assertTrue(waiting.await(PATIENCE_S, TimeUnit.SECONDS));
            waiter.interrupt();
            waiter.join(TimeUnit.SECONDS.toMillis(PATIENCE_S));

            assertFalse(waiter.isAlive());
            assertEquals(1, thrown.size());
            assertTrue(
                    thrown.get(0) instanceof InterruptedException, thrown.get(0).toString());
            assertTrue(holder.isAlive());
        } finally {
            holder.destroyForcibly();
        }
    }

    private static Process startHolder(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolderMain.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", out.readLine());
        return holder;
    }

    @Test
    void theMachineLockNamesItsHolderInAnotherProcessAndIsReleasedWhenThatProcessDies() throws Exception {
        Path file = dir.resolve(MachineBenchmarkLock.FILE_NAME);
        Process holder = startHolder(file);
        try {
            List<String> waitingLines = new CopyOnWriteArrayList<>();
            CountDownLatch waiting = new CountDownLatch(1);
            // Whether the holder had been sent its kill when the waiter got the lock; null until it has the lock.
            // Not holder.isAlive(): the kernel releases the lock while the holder exits, before the JDK has
            // reaped it, so under load the waiter can get the lock while isAlive() still says true.
            AtomicBoolean killSent = new AtomicBoolean();
            AtomicReference<Boolean> killSentWhenAcquired = new AtomicReference<>();
            Thread waiter = new Thread(() -> {
                try (AutoCloseable held = MachineBenchmarkLock.acquire(file, "benchmark 'mine' (module here)", line -> {
                    waitingLines.add(line);
                    waiting.countDown();
                })) {
                    killSentWhenAcquired.set(killSent.get());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            waiter.start();
            assertTrue(waiting.await(PATIENCE_S, TimeUnit.SECONDS), "must wait while the other process holds the lock");
            awaitBlockedInTheKernelOrAcquired(file, killSentWhenAcquired);
            assertNull(killSentWhenAcquired.get(), "must not get the lock while the other process holds it");

            killSent.set(true); // before the kill: the lock cannot be free before the holder is dying
            holder.destroyForcibly().waitFor(); // SIGKILL: no hook runs, the OS releases the lock
            waiter.join(TimeUnit.SECONDS.toMillis(PATIENCE_S));

            assertFalse(waiter.isAlive(), "the lock of a dead holder must be free");
            assertEquals(Boolean.TRUE, killSentWhenAcquired.get(), "the lock was free only once its holder was killed");
            assertTrue(
                    waitingLines
                            .get(0)
                            .startsWith("waiting for benchmark 'other' (module elsewhere), pid " + holder.pid()
                                    + ", since "),
                    waitingLines.get(0));
            assertTrue(
                    waitingLines.get(0).endsWith(" to finish (machine-wide lock " + file + ")"), waitingLines.get(0));
        } finally {
            holder.destroyForcibly();
        }
    }

    /**
     * Waits until this JVM's request for the lock on {@code file} is blocked in the kernel behind the holder's
     * ({@code ->} in Linux's /proc/locks), or until the waiter got the lock, which a working lock never allows
     * while the holder lives. Without it, a waiter that wrongly got the lock at once could still be writing
     * its holder line when the test sends the kill, and pass. Elsewhere than Linux there is nothing to watch.
     */
    private static void awaitBlockedInTheKernelOrAcquired(Path file, AtomicReference<Boolean> acquired)
            throws Exception {
        Path locks = Path.of("/proc/locks");
        if (!Files.isReadable(locks)) {
            return;
        }
        String pid = Long.toString(ProcessHandle.current().pid());
        String inode = ":" + Files.getAttribute(file, "unix:ino");
        for (int i = 0; i < PATIENCE_S * 100 && acquired.get() == null; i++) {
            // "1: -> POSIX  ADVISORY  WRITE <pid> <major>:<minor>:<inode> 0 EOF"
            boolean blocked = Files.readAllLines(locks).stream()
                    .map(line -> line.trim().split("\\s+"))
                    .anyMatch(f -> f.length > 6 && f[1].equals("->") && f[5].equals(pid) && f[6].endsWith(inode));
            if (blocked) {
                return;
            }
            Thread.sleep(10); // bounded, not a timing assertion
        }
    }
}

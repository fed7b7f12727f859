package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

        AutoCloseable first = JvmBenchmarkLock.acquire("benchmark 'startup' (module app)", line -> { });
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

        AutoCloseable first = JvmBenchmarkLock.acquire("benchmark 'a' (module a)", line -> { });
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
        String other = lines.keySet().stream().filter(who -> !who.equals(next)).findFirst().orElseThrow();
        for (int i = 0; i < PATIENCE_S * 10 && lines.get(other).size() < 2; i++) {
            Thread.sleep(100); // until the waiter has re-checked the holder; bounded, not a timing assertion
        }
        release.countDown();
        for (Thread waiter : waiters) {
            waiter.join(TimeUnit.SECONDS.toMillis(PATIENCE_S));
        }

        assertEquals(List.of("waiting for benchmark 'a' (module a) to finish", "waiting for " + next + " to finish"),
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
                try (AutoCloseable held = MachineBenchmarkLock.acquire(file, "benchmark 'mine' (module here)",
                        line -> waiting.countDown())) {
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
            assertTrue(thrown.get(0) instanceof InterruptedException, thrown.get(0).toString());
            assertTrue(holder.isAlive());
        } finally {
            holder.destroyForcibly();
        }
    }

    private static Process startHolder(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), file.toString()).redirectErrorStream(true).start();
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
            AtomicBoolean acquired = new AtomicBoolean();
            Thread waiter = new Thread(() -> {
                try (AutoCloseable held = MachineBenchmarkLock.acquire(file, "benchmark 'mine' (module here)", line -> {
                    waitingLines.add(line);
                    waiting.countDown();
                })) {
                    acquired.set(!holder.isAlive());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            waiter.start();
            assertTrue(waiting.await(PATIENCE_S, TimeUnit.SECONDS), "must wait while the other process holds the lock");
            assertFalse(acquired.get());

            holder.destroyForcibly().waitFor(); // SIGKILL: no hook runs, the OS releases the lock
            waiter.join(TimeUnit.SECONDS.toMillis(PATIENCE_S));

            assertFalse(waiter.isAlive(), "the lock of a dead holder must be free");
            assertTrue(acquired.get());
            assertTrue(waitingLines.get(0).startsWith("waiting for benchmark 'other' (module elsewhere), pid "
                    + holder.pid() + ", since "), waitingLines.get(0));
            assertTrue(waitingLines.get(0).endsWith(" to finish (machine-wide lock " + file
                    + "; <exclusive> / -Dperfgate.exclusive=jvm measures alongside other builds)"), waitingLines.get(0));
        } finally {
            holder.destroyForcibly();
        }
    }
}

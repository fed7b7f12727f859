package dev.perfgate.lock;

import java.nio.file.Path;

/** A separate process that takes the machine-wide lock, says so, and holds it until it is killed. */
public final class LockHolderMain {

    private LockHolderMain() {}

    public static void main(String[] args) throws Exception {
        MachineBenchmarkLock.acquire(Path.of(args[0]), "benchmark 'other' (module elsewhere)", line -> {});
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

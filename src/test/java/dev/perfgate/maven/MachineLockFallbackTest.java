package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.lock.Exclusivity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine-wide lock that cannot be used safely (here a link planted at its name) is said once, as a warning,
 * and the goal measures under the JVM-wide lock. (Why such a lock is refused: {@code dev.perfgate.lock.LockFileSafetyTest}.)
 */
class MachineLockFallbackTest {

    private static final String SECRET = "root:$6$secret-hash:19000:0:99999:7:::\n";

    @TempDir
    Path dir;

    @Test
    void aLinkPlantedAtTheLockIsSaidOnceAndTheBuildFallsBackToTheJvmLock() throws Exception {
        Path target = dir.resolve("shadow");
        Files.writeString(target, SECRET, StandardCharsets.UTF_8);
        Path lock = dir.resolve("perfgate-benchmark.lock");
        Files.createSymbolicLink(lock, target);

        RecordingLog log = new RecordingLog();
        for (int i = 0; i < 2; i++) {
            try (BenchmarkLock held = BenchmarkLock.acquire(Exclusivity.MACHINE, "benchmark 'mine'", lock, log)) {
                assertTrue(Files.isSymbolicLink(lock));
            }
        }
        assertEquals(SECRET, Files.readString(target), "the file the link points to must be untouched");
        List<String> said = log.lines.stream()
                .filter(l -> l.contains(
                        "Cannot use the machine-wide benchmark lock " + lock + " (" + lock + " is a symbolic link"))
                .toList();
        assertEquals(2, said.size(), log.lines.toString());
        assertTrue(said.stream().filter(l -> l.startsWith("[warning]")).count() <= 1, "said once: " + said);
        assertTrue(said.get(1).startsWith("[debug]"), said.toString());
        assertTrue(said.get(0).contains("measuring under the JVM-wide lock only"), said.get(0));
    }
}

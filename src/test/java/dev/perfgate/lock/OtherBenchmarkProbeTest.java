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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherBenchmarkProbeTest {

    @TempDir
    Path dir;

    @Test
    void namesTheBenchmarkOfAnotherProcessThatHoldsTheMachineLock() throws Exception {
        Path file = dir.resolve(MachineBenchmarkLock.FILE_NAME);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolderMain.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            String other = OtherBenchmarkProbe.of(Exclusivity.JVM, file).get();
            assertTrue(
                    other != null && other.startsWith("benchmark 'other' (module elsewhere), pid " + holder.pid()),
                    String.valueOf(other));
            // under exclusive=machine this build holds the lock itself: no other benchmark can measure
            assertNull(OtherBenchmarkProbe.of(Exclusivity.MACHINE, file).get());
            // a link planted in the shared temp directory is not followed, even to a held lock
            Path link = Files.createSymbolicLink(dir.resolve("planted.lock"), file);
            assertNull(OtherBenchmarkProbe.holder(link));
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertNull(OtherBenchmarkProbe.holder(file), "the holder died: the lock is free");
    }

    @Test
    void looksWithoutCreatingTheFile() {
        Path file = dir.resolve(MachineBenchmarkLock.FILE_NAME);
        assertNull(OtherBenchmarkProbe.holder(file));
        assertFalse(Files.exists(file), "a probe never creates the lock file");
    }
}

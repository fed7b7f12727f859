package dev.perfgate.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The reader against this machine's own {@code /proc}: what the fixtures assume is what Linux writes. */
class RealProcTest {

    @Test
    void aRunThisProcessWaitedForCountsAsItsOwnCpuTime() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux only");
        ProcMachineReader reader = new ProcMachineReader();
        MachineFacts facts = reader.facts();
        MachineReading before = reader.read(facts);
        // a child that burns ~0.5 s of CPU (fixed work, however loaded the machine), says how much with the
        // shell's `times`, and is reaped: its time moves to this process's cutime + cstime
        Process burner = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 600000 ]; do i=$((i+1)); done; times")
                .redirectErrorStream(true)
                .start();
        String times = new String(burner.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(burner.waitFor(60, TimeUnit.SECONDS));
        MachineReading after = reader.read(facts);

        // first line of `times`: the shell's own user and system time, e.g. "0m0.51s 0m0.00s"
        Matcher m = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s").matcher(times);
        assertTrue(m.find(), times);
        double childSeconds = Integer.parseInt(m.group(1)) * 60
                + Double.parseDouble(m.group(2))
                + Integer.parseInt(m.group(3)) * 60
                + Double.parseDouble(m.group(4));
        long ownTicks = after.ownTicks() - before.ownTicks();
        assertTrue(childSeconds >= 0.1, times);
        assertTrue(
                ownTicks >= Math.round(childSeconds * 100) - 2,
                "the reaped child's " + childSeconds + " s are ours, yet only " + ownTicks + " ticks were counted");
        assertEquals(
                Runtime.getRuntime().availableProcessors(),
                facts.allowedCount(),
                "the JVM's own count of CPUs it may use (affinity) is the reader's");
        assertNotNull(before.loadAverage());
        assertNotNull(before.procsRunning());
        assertTrue(after.totalTicks() > before.totalTicks());
        assertTrue(
                after.busyTicks() - before.busyTicks() >= ownTicks / 2,
                "the machine was busy at least while the child ran");
    }
}

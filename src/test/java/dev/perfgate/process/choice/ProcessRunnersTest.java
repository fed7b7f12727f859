package dev.perfgate.process.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.perfgate.process.JdkProcessRunner;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.posix.PosixProcessRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ProcessRunnersTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void autoChoosesPosixOnLinux() {
        assertInstanceOf(PosixProcessRunner.class, ProcessRunners.select("auto"));
        assertEquals("posix", ProcessRunners.select("posix").name());
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void autoFallsBackToJdkWhereThereIsNoPosixSpawn() {
        assertInstanceOf(JdkProcessRunner.class, ProcessRunners.select("auto"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProcessRunners.select("posix"));
        assertEquals(true, e.getMessage().contains("Linux and macOS"), e.getMessage());
    }

    @Test
    void jdkCanAlwaysBeForced() {
        ProcessRunner runner = ProcessRunners.select("jdk");

        assertInstanceOf(JdkProcessRunner.class, runner);
        assertEquals("jdk", runner.name());
    }

    @Test
    void anythingElseIsRejectedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProcessRunners.select("bogus"));

        assertEquals("runner must be auto, posix or jdk, got 'bogus'", e.getMessage());
    }
}

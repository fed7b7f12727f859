package dev.perfgate.process.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WaitStatusTest {

    @Test
    void exitedProcessReportsItsStatus() {
        assertEquals(0, WaitStatus.exitCode(0));
        assertEquals(3, WaitStatus.exitCode(3 << 8));
        assertEquals(255, WaitStatus.exitCode(255 << 8));
    }

    @Test
    void signalledProcessReportsTheSignal() {
        assertEquals(9, WaitStatus.exitCode(9));
        assertEquals(15, WaitStatus.exitCode(15 | 0x80), "the core-dump bit is not part of the signal");
    }

    @Test
    void stoppedProcessIsNeither() {
        assertEquals(-1, WaitStatus.exitCode((19 << 8) | 0x7f));
    }
}

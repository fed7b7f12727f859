package dev.perfgate.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureFilesTest {

    @TempDir
    Path dir;

    @Test
    void theLargestCapKeepsEverythingInsteadOfOverflowing() throws Exception {
        // capBytes + 1 used to overflow to a negative length, and all output was dropped.
        Path file = Files.writeString(dir.resolve("out"), "hello", StandardCharsets.UTF_8);
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), CaptureFiles.readCapped(file, Long.MAX_VALUE));
    }

    @Test
    void aCapKeepsThatManyBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "hello", StandardCharsets.UTF_8);
        assertArrayEquals("hel".getBytes(StandardCharsets.UTF_8), CaptureFiles.readCapped(file, 3));
    }

    @Test
    void noTailIsReadWhenTheKeptBytesAreTheWholeFile() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "hello", StandardCharsets.UTF_8);
        assertArrayEquals(new byte[0], CaptureFiles.readTail(file, 5));
    }

    @Test
    void theTailIsTheRealEndOfACutFileCutOnACharacterBoundary() throws Exception {
        // 10,000 "x", then "é" (C3 A9) placed so the tail's first byte is its A9, then the error line.
        String end = "\nfatal: out of disk\n";
        int before = CapturedOutput.TAIL_BYTES - 1 - end.length();
        String text = "x".repeat(10_000) + "\u00e9" + "y".repeat(before) + end;
        Path file = Files.writeString(dir.resolve("err"), text, StandardCharsets.UTF_8);

        byte[] tail = CaptureFiles.readTail(file, 1024);

        assertArrayEquals(("y".repeat(before) + end).getBytes(StandardCharsets.UTF_8), tail);
    }

    @Test
    void readingKeepsTheStartOfEachStreamAndTheEndOfACutOne() throws Exception {
        try (CaptureFiles capture = CaptureFiles.create(dir)) {
            Files.writeString(capture.stdout(), "short", StandardCharsets.UTF_8);
            Files.writeString(capture.stderr(), "0123456789" + "z".repeat(5000) + "THE END", StandardCharsets.UTF_8);

            CapturedOutput output = capture.read(10);

            assertEquals("short", new String(output.stdout(), StandardCharsets.UTF_8));
            assertArrayEquals(new byte[0], output.stdoutTail());
            assertEquals("0123456789", new String(output.stderr(), StandardCharsets.UTF_8));
            String tail = new String(output.stderrTail(), StandardCharsets.UTF_8);
            assertEquals(CapturedOutput.TAIL_BYTES, tail.length());
            assertTrue(tail.endsWith("zzzTHE END"), tail);
        }
    }
}

package dev.perfgate.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
}

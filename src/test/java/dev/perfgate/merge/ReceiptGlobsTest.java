package dev.perfgate.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptGlobsTest {

    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{}");
        return file;
    }

    @Test
    void doubleStarFindsReceiptsInAnyDownloadFolderIncludingTheTopOne() throws Exception {
        Path b = touch("shards/receipt-2/bench.paired.json");
        Path a = touch("shards/receipt-1/deep/bench.paired.json");
        Path top = touch("shards/top.paired.json");
        touch("shards/receipt-1/bench.html");
        List<Path> files = ReceiptGlobs.expand(List.of("shards/**/*.paired.json"), dir);
        assertEquals(List.of(a, b, top), files);
    }

    @Test
    void filesAndPatternsCombineWithoutRepeats() throws Exception {
        Path a = touch("a.paired.json");
        Path b = touch("x/b.paired.json");
        List<Path> files = ReceiptGlobs.expand(List.of("a.paired.json", " x/*.paired.json", "*.paired.json", ""), dir);
        assertEquals(List.of(a, b), files);
    }

    @Test
    void aPatternThatMatchesNothingSaysWhereItLooked() {
        ReceiptSetException e = assertThrows(
                ReceiptSetException.class, () -> ReceiptGlobs.expand(List.of("shards/**/*.paired.json"), dir));
        assertTrue(
                e.getMessage().contains("'shards/**/*.paired.json' matches no file under " + dir.resolve("shards")),
                e.getMessage());
    }

    @Test
    void aMissingFileOrNothingGivenIsRefused() {
        ReceiptSetException missing =
                assertThrows(ReceiptSetException.class, () -> ReceiptGlobs.expand(List.of("gone.paired.json"), dir));
        assertTrue(missing.getMessage().contains(dir.resolve("gone.paired.json") + " is not a regular file"));
        ReceiptSetException empty =
                assertThrows(ReceiptSetException.class, () -> ReceiptGlobs.expand(List.of(" "), dir));
        assertTrue(empty.getMessage().startsWith("receipts is empty"), empty.getMessage());
    }

    @Test
    void symbolicLinksAreNeverFollowed() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.paired.json"), "{}");
        Files.createDirectories(dir.resolve("shards"));
        Files.createSymbolicLink(dir.resolve("shards/link"), outside);
        Files.createSymbolicLink(dir.resolve("shards/file.paired.json"), outside.resolve("secret.paired.json"));
        Path real = touch("shards/real/r.paired.json");
        assertEquals(List.of(real), ReceiptGlobs.expand(List.of("shards/**/*.paired.json"), dir));
    }
}

package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void reportsSitBesideTheReceipt() {
        assertEquals(Path.of("/t/x.paired.html"), ReportFiles.besideReceipt(Path.of("/t/x.paired.json"), ".html"));
        assertEquals(Path.of("/t/r.out.html"), ReportFiles.besideReceipt(Path.of("/t/r.out"), ".html"));
    }

    @Test
    void aReportThatCannotBeWrittenTakesTheStaleOneWithIt() throws Exception {
        Path blocked = Files.createDirectory(dir.resolve("blocked"));
        Path stale = Files.writeString(blocked.resolve("x.paired.html"), "an older verdict");
        blocked.toFile().setWritable(false); // no temporary file can be created beside it
        try {
            new ReportFiles(new SystemStreamLog()).write(stale, "<html>new</html>", "HTML report");
        } finally {
            blocked.toFile().setWritable(true);
        }
        if (Files.exists(stale)) { // root may write anyway: then the new report replaced the old one
            assertEquals("<html>new</html>", Files.readString(stale));
        }
    }

    @Test
    void staleRemovalTouchesRegularFilesOnly() throws Exception {
        Path stale = Files.writeString(dir.resolve("TEST-perfgate-x.xml"), "<testsuite/>");
        Path folder = Files.createDirectory(dir.resolve("x.paired.html"));
        ReportFiles files = new ReportFiles(new SystemStreamLog());

        files.removeStale(stale, "JUnit report");
        files.removeStale(folder, "HTML report");

        assertFalse(Files.exists(stale));
        assertTrue(Files.isDirectory(folder));
    }
}

package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownOutputsTest {

    @TempDir
    Path dir;

    @Test
    void reportSitsBesideTheReceipt() {
        assertEquals(Path.of("/t/perfgate/x.paired.md"), MarkdownOutputs.besideReceipt(Path.of("/t/perfgate/x.paired.json")));
        assertEquals(Path.of("/t/receipt.out.md"), MarkdownOutputs.besideReceipt(Path.of("/t/receipt.out")));
    }

    @Test
    void stepSummaryIsAppendedNotOverwritten() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        MarkdownOutputs outputs = new MarkdownOutputs(new SystemStreamLog());

        outputs.appendToStepSummary(summary.toString(), "### one");
        outputs.appendToStepSummary(summary.toString(), "### two");

        assertEquals("earlier step\n### one" + System.lineSeparator() + "### two" + System.lineSeparator(),
                Files.readString(summary));
    }

    @Test
    void withoutGithubNothingIsWritten() {
        new MarkdownOutputs(new SystemStreamLog()).appendToStepSummary(null, "### one");
        new MarkdownOutputs(new SystemStreamLog()).appendToStepSummary(" ", "### one");
        assertFalse(Files.exists(dir.resolve("summary.md")));
    }

    @Test
    void aStaleReportIsRemovedWhenMarkdownIsOff() throws Exception {
        Path receipt = dir.resolve("x.paired.json");
        Path stale = Files.writeString(dir.resolve("x.paired.md"), "old verdict");
        new ReportFiles(new SystemStreamLog()).removeStale(MarkdownOutputs.besideReceipt(receipt), "Markdown report");
        assertFalse(Files.exists(stale));
    }

    @Test
    void aDirectoryWhereTheReportWouldBeIsLeftAlone() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("x.paired.md"));
        new ReportFiles(new SystemStreamLog()).removeStale(MarkdownOutputs.besideReceipt(dir.resolve("x.paired.json")), "Markdown report");
        assertTrue(Files.isDirectory(folder));
    }
}

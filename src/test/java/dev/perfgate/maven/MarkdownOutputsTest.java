package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownOutputsTest {

    @TempDir
    Path dir;

    @Test
    void reportSitsBesideTheReceipt() {
        assertEquals(
                Path.of("/t/perfgate/x.paired.md"),
                MarkdownOutputs.besideReceipt(Path.of("/t/perfgate/x.paired.json")));
        assertEquals(Path.of("/t/receipt.out.md"), MarkdownOutputs.besideReceipt(Path.of("/t/receipt.out")));
    }

    @Test
    void stepSummaryIsAppendedNotOverwritten() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        RecordingLog log = new RecordingLog();
        MarkdownOutputs outputs = new MarkdownOutputs(log);

        outputs.appendToStepSummary(summary.toString(), "### one");
        outputs.appendToStepSummary(summary.toString(), "### two");

        assertEquals(
                "earlier step\n### one" + System.lineSeparator() + "### two" + System.lineSeparator(),
                Files.readString(summary));
        assertEquals(
                List.of(
                        "[debug] Appended the Markdown report to " + summary,
                        "[debug] Appended the Markdown report to " + summary),
                log.lines);
    }

    @Test
    void withoutGithubNothingIsWritten() {
        RecordingLog log = new RecordingLog();
        new MarkdownOutputs(log).appendToStepSummary(null, "### one");
        new MarkdownOutputs(log).appendToStepSummary(" ", "### one");
        assertFalse(Files.exists(dir.resolve("summary.md")));
        assertEquals(List.of(), log.lines);
    }

    @Test
    void aStaleReportIsRemovedWhenMarkdownIsOff() throws Exception {
        Path receipt = dir.resolve("x.paired.json");
        Path stale = Files.writeString(dir.resolve("x.paired.md"), "old verdict");
        new ReportFiles(new RecordingLog()).removeStale(MarkdownOutputs.besideReceipt(receipt), "Markdown report");
        assertFalse(Files.exists(stale));
    }

    @Test
    void aDirectoryWhereTheReportWouldBeIsLeftAlone() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("x.paired.md"));
        new ReportFiles(new RecordingLog())
                .removeStale(MarkdownOutputs.besideReceipt(dir.resolve("x.paired.json")), "Markdown report");
        assertTrue(Files.isDirectory(folder));
    }
}

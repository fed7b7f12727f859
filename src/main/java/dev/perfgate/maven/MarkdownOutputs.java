package dev.perfgate.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.maven.plugin.logging.Log;

/**
 * Puts the Markdown report where people read it: beside the receipt, and in the GitHub Actions job
 * summary when the build runs there. A report that cannot be written is a warning, never a failure:
 * the receipt is what counts.
 */
final class MarkdownOutputs {

    /** Set by GitHub Actions to the file that becomes the job's summary page. */
    static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    private final Log log;

    MarkdownOutputs(Log log) {
        this.log = log;
    }

    /** {@code x.paired.json} → {@code x.paired.md}. */
    static Path besideReceipt(Path receiptFile) {
        return ReportFiles.besideReceipt(receiptFile, ".md");
    }

    void writeBeside(Path receiptFile, String markdown) {
        new ReportFiles(log).write(besideReceipt(receiptFile), markdown, "report");
    }

    /**
     * Removes the report a previous build left beside the receipt, so no report ever describes an
     * older receipt than the one beside it (markdown turned off, or the new report could not be written).
     */
    void removeStale(Path receiptFile) {
        new ReportFiles(log).removeStale(besideReceipt(receiptFile), "Markdown report");
    }

    /** Appends to the job summary when {@code GITHUB_STEP_SUMMARY} names a file; does nothing elsewhere. */
    void appendToStepSummary(String summaryFile, String markdown) {
        if (summaryFile == null || summaryFile.isBlank()) {
            return;
        }
        try {
            Files.writeString(
                    Path.of(summaryFile),
                    markdown + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            log.debug("Appended the Markdown report to " + summaryFile);
        } catch (IOException e) {
            log.warn("Cannot append to the GitHub job summary " + summaryFile + ": " + e.getMessage());
        }
    }
}

package dev.perfgate.maven;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.report.MarkdownReport;
import dev.perfgate.report.SummaryTable;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Tells the build what an outcome means: the summary, the Markdown reports, then a failure if the gate said no. */
final class OutcomeReport {

    private final Log log;

    OutcomeReport(Log log) {
        this.log = log;
    }

    /**
     * @param markdownBesideReceipt write {@code <receipt>.md}
     * @param stepSummary           append the Markdown to {@code $GITHUB_STEP_SUMMARY} when set
     */
    void report(PairedRunOutcome outcome, Path receiptFile, boolean markdownBesideReceipt, boolean stepSummary) {
        MarkdownOutputs outputs = new MarkdownOutputs(log);
        if (!markdownBesideReceipt) {
            outputs.removeStale(receiptFile);
        }
        if (markdownBesideReceipt || stepSummary) {
            String markdown = MarkdownReport.render(outcome);
            if (markdownBesideReceipt) {
                outputs.writeBeside(receiptFile, markdown);
            }
            if (stepSummary) {
                outputs.appendToStepSummary(System.getenv(MarkdownOutputs.GITHUB_STEP_SUMMARY), markdown);
            }
        }
        SummaryTable.lines(outcome, receiptFile).forEach(log::info);
        outcome.warnings().forEach(log::warn);
    }

    static void failIfFailed(PairedRunOutcome outcome, Path receiptFile) throws MojoFailureException {
        if (outcome.failed()) {
            throw new MojoFailureException("perfgate '" + outcome.receipt().bench().name() + "' failed:\n  - "
                    + String.join("\n  - ", outcome.reasons()) + "\nReceipt: " + receiptFile);
        }
    }
}

package dev.perfgate.maven;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.receipt.SafeFileNames;
import dev.perfgate.report.HtmlReport;
import dev.perfgate.report.JunitXmlReport;
import dev.perfgate.report.MarkdownReport;
import dev.perfgate.report.SummaryTable;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Tells the build what an outcome means: the reports (Markdown, HTML, JUnit XML), the summary, then a failure if the gate said no. */
final class OutcomeReport {

    private final Log log;

    OutcomeReport(Log log) {
        this.log = log;
    }

    void report(PairedRunOutcome outcome, Path receiptFile, ReportChoices choices) {
        MarkdownOutputs outputs = new MarkdownOutputs(log);
        if (!choices.markdown() && choices.removeStale()) {
            outputs.removeStale(receiptFile);
        }
        if (choices.markdown() || choices.stepSummary()) {
            String markdown = MarkdownReport.render(outcome);
            if (choices.markdown()) {
                outputs.writeBeside(receiptFile, markdown);
            }
            if (choices.stepSummary()) {
                outputs.appendToStepSummary(System.getenv(MarkdownOutputs.GITHUB_STEP_SUMMARY), markdown);
            }
        }
        ReportFiles files = new ReportFiles(log);
        Path html = ReportFiles.besideReceipt(receiptFile, ".html");
        if (choices.html()) {
            files.write(html, HtmlReport.render(outcome), "HTML report");
        } else if (choices.removeStale()) {
            files.removeStale(html, "HTML report");
        }
        Path junit = junitFile(receiptFile, outcome.receipt().bench().name());
        if (junit == null) {
            log.warn("No JUnit report: the benchmark name '"
                    + outcome.receipt().bench().name() + "' cannot name a" + " file beside " + receiptFile);
        } else if (choices.junitXml()) {
            files.write(junit, JunitXmlReport.render(outcome), "JUnit report");
        } else if (choices.removeStale()) {
            files.removeStale(junit, "JUnit report");
        }
        SummaryTable.lines(outcome, receiptFile).forEach(log::info);
        if (log.isDebugEnabled()) {
            SummaryTable.debugLines(outcome).forEach(log::debug);
        }
        outcome.warnings().forEach(log::warn);
    }

    /** Checked after normalisation to lie beside the receipt, whatever name the receipt gave; else null. */
    private static Path junitFile(Path receiptFile, String name) {
        try {
            return SafeFileNames.fileIn(receiptFile.toAbsolutePath().getParent(), JunitXmlReport.fileName(name));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void failIfFailed(PairedRunOutcome outcome, Path receiptFile) throws MojoFailureException {
        if (outcome.failed()) {
            throw new MojoFailureException(
                    "perfgate '" + outcome.receipt().bench().name() + "' failed:\n  - "
                            + String.join("\n  - ", outcome.reasons()) + "\nReceipt: " + receiptFile);
        }
    }
}

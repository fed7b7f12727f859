package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.receipt.Interruption;
import dev.perfgate.receipt.PairedRunReceipt;
import org.junit.jupiter.api.Test;

/** A receipt of an interrupted build (no verdict taken) never reads as a pass in any report (issue 19). */
class InterruptedReportsTest {

    /** The receipt the use case writes when interrupted: its complete pairs, the mark, no analysis, no verdict. */
    private static PairedRunOutcome interrupted() throws Exception {
        PairedRunReceipt r = Outcomes.pass().receipt();
        PairedRunReceipt cut = new PairedRunReceipt(
                r.schema(),
                r.tool(),
                r.run().withInterruption(new Interruption("SIGTERM", "2024-01-01T00:00:00Z")),
                r.bench(),
                r.samples(),
                r.stats(),
                r.noiseDiagnostics(),
                r.config(),
                null,
                null,
                null,
                null);
        return Outcomes.pass().withReceipt(cut);
    }

    @Test
    void junitHasAnErrorCaseThatSaysInterruptedAndNoPassingVerdict() throws Exception {
        String xml = JunitXmlReport.render(interrupted());
        assertTrue(xml.contains("errors=\"1\""), xml);
        assertTrue(xml.contains("<property name=\"perfgate.verdict\" value=\"none\""), xml);
        int c = xml.indexOf("<testcase name=\"interrupted\"");
        assertTrue(c > 0, xml);
        String testcase = xml.substring(c, xml.indexOf("</testcase>", c));
        assertTrue(
                testcase.contains(
                        "<error message=\"interrupted at 2024-01-01T00:00:00Z (SIGTERM): no verdict was taken;"),
                testcase);
        assertTrue(testcase.contains("type=\"perfgate.Interrupted\""), testcase);
    }

    @Test
    void markdownAndHtmlSayInterruptedAndNeverPass() throws Exception {
        String md = MarkdownReport.render(interrupted());
        assertTrue(md.contains("INTERRUPTED"), md);
        assertTrue(md.contains("**Interrupted** at 2024-01-01T00:00:00Z"), md);
        assertFalse(md.contains("PASS"), md);
        String html = HtmlReport.render(interrupted());
        assertTrue(html.contains("INTERRUPTED"), html);
        assertTrue(html.contains("Interrupted at 2024-01-01T00:00:00Z"), html);
        assertFalse(html.contains("PASS"), html);
    }
}

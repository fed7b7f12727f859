package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.receipt.MachineMoment;
import dev.perfgate.receipt.MachineState;
import dev.perfgate.receipt.PairedRunReceipt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown and HTML reports show the machine's state beside the verdict, and never its text as markup. */
class MachineReportTest {

    private static final MachineState BUSY = new MachineState(
            4,
            2,
            1.5,
            1.5,
            "powersave",
            true,
            new MachineMoment(0.42, 0, null),
            new MachineMoment(1.9, 2, null),
            1.8,
            0L,
            0L,
            true,
            List.of(
                    "other processes used 1.8 of 2 CPUs during the run",
                    "CPU frequency governor 'powersave', not 'performance': the clock follows the load"));

    private static PairedRunOutcome with(PairedRunOutcome outcome, MachineState machine) {
        PairedRunReceipt receipt = outcome.receipt();
        return outcome.withReceipt(receipt.withRun(receipt.run().withMachine(machine)));
    }

    @Test
    void markdownSaysBesideTheVerdictWhetherTheMachineWasBusyAndWhy() throws Exception {
        String md = MarkdownReport.render(with(Outcomes.pass(), BUSY));
        String machineLine = "machine: **busy** · other processes used 1.8 of 2 CPUs · 1.5 usable CPUs (quota 1.5)"
                + " · load 0.42 → 1.90 · no swapping · governor powersave · turbo on\n";
        assertTrue(md.contains(machineLine), md);
        assertTrue(md.indexOf(machineLine) < md.indexOf("| metric |"), "beside the verdict, before the table:\n" + md);
        assertTrue(
                md.contains("\n- CPU frequency governor 'powersave', not 'performance': the clock follows the load\n"),
                md);
        assertFalse(md.contains("- other processes used"), "a concern that only restates a figure:\n" + md);
    }

    @Test
    void htmlSaysItInTheVerdictHeader() throws Exception {
        String html = HtmlReport.render(with(Outcomes.pass(), BUSY));
        int header = html.indexOf("</header>");
        int machine = html.indexOf(
                "<p class=\"machine\">machine: <strong>busy</strong> · other processes used 1.8 of" + " 2 CPUs");
        assertTrue(machine > 0 && machine < header, html);
        assertTrue(html.contains("<li>CPU frequency governor &#39;powersave&#39;, not &#39;performance&#39;"), html);
    }

    @Test
    void aMachineThatToldNothingIsNotJudgedAndARunWithoutARecordShowsNoLine() throws Exception {
        MachineState unknown =
                new MachineState(null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertTrue(MarkdownReport.render(with(Outcomes.pass(), unknown)).contains("machine: **not judged**\n"));
        assertFalse(MarkdownReport.render(Outcomes.pass()).contains("machine:"));
        assertFalse(HtmlReport.render(Outcomes.pass()).contains("class=\"machine\""));
    }

    @Test
    void aForeignReceiptsMachineTextStaysText() throws Exception {
        MachineState hostile = new MachineState(
                2,
                2,
                null,
                2.0,
                null,
                null,
                null,
                new MachineMoment(null, null, "<img src=x onerror=alert(1)> [pwn](http://evil) `x`"),
                null,
                null,
                null,
                true,
                List.of("another benchmark measured at the same time (<b>[link](http://evil)</b>)"));
        String md = MarkdownReport.render(with(Outcomes.pass(), hostile));
        assertFalse(md.contains("<b>") || md.contains("[link](http"), md);
        assertTrue(md.contains("\\<b\\>\\[link\\](http://evil)\\</b\\>"), md);
        String html = HtmlReport.render(with(Outcomes.pass(), hostile));
        assertFalse(html.contains("<b>[link]"), html);
        assertTrue(html.contains("&lt;b&gt;[link](http://evil)&lt;/b&gt;"), html);
    }
}

package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Output and commands quoted in the Markdown report, the step summary and the log stay inert text. */
class QuotingTest {

    private static final String HOSTILE_STDERR = "Exception in main\n<img src=x onerror=alert(1)>\n"
            + "[click](https://evil.example)\n```\n## INJECTED\n\u001b]0;owned\u0007\u001b[2Jdone\n::error::fake failure";

    @Test
    void aFailedRunsOutputIsQuotedInAFenceLongerThanAnyBacktickRunInside() throws Exception {
        String md = MarkdownReport.render(Outcomes.run(
                200_000, 250_000, 3, HOSTILE_STDERR, r -> r.repeat(4).threshold("wall_time", 5.0)));

        String fence = "  ````text\n";
        int start = md.indexOf(fence);
        assertTrue(start > 0, md);
        int end = md.indexOf("\n  ````\n", start);
        assertTrue(end > start, md);
        String block = md.substring(start + fence.length(), end);
        assertTrue(
                block.contains("  <img src=x onerror=alert(1)>\n  [click](https://evil.example)\n  ```\n"
                        + "  ## INJECTED\n  ]0;owned[2Jdone\n  ::error::fake failure"),
                block);
        String outside = md.substring(0, start) + md.substring(end);
        assertFalse(outside.contains("<img") || outside.contains("## INJECTED"), outside);
        assertFalse(md.contains("\u001b") || md.contains("\u0007"), "no control character: " + md);
    }

    @Test
    void aCommandWithLineBreaksStaysOneInlineCodeSpan() throws Exception {
        String md = MarkdownReport.render(Outcomes.run(
                200_000,
                250_000,
                0,
                r -> r.repeat(4).currentCommand(List.of("sh", "-c", "a\n\n## INJECTED\r\n``x``\u001b[2J"))));

        assertTrue(md.contains("current `sh -c a\\n\\n## INJECTED\\n''x''[2J`\n"), md);
        assertFalse(md.lines().anyMatch(line -> line.startsWith("## INJECTED")), md);
    }

    @Test
    void markdownFencesAndSpansOutgrowTheBackticksInside() {
        assertEquals("```text\nplain\n```\n", MarkdownText.fenced("plain"));
        assertEquals("`````text\na ```` b\n`````\n", MarkdownText.fenced("a ```` b\n"));
        assertEquals("``a`b``", MarkdownText.code("a`b"));
        assertEquals("`` `a ``", MarkdownText.code("`a"));
        assertEquals("``` ``x`` ```", MarkdownText.code("``x``"));
        assertEquals("`a\\nb`", MarkdownText.code("a\r\nb\u0000"));
    }

    @Test
    void aLogLineLosesControlCharactersAndCannotBeAWorkflowCommand() {
        assertEquals("]0;owned[2Jdone\tok", LogText.quote("\u001b]0;owned\u0007\u001b[2Jdone\tok\u009b"));
        assertEquals(
                ": :error::fake failure\n  : :add-mask::x\n# #[group]g\nnot ::a command",
                LogText.quote("::error::fake failure\n  ::add-mask::x\n##[group]g\nnot ::a command"));
        assertEquals("two\nlines\n", LogText.quote("two\r\nlines\n"));
    }
}

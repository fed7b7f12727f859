package dev.perfgate.report;

/**
 * Text from outside (a command, a run's output) in the Markdown report and the GitHub step summary, where
 * it must stay text: raw HTML, links, headings and escape bytes in it would become live markup.
 */
public final class MarkdownText {

    private MarkdownText() {}

    /** Inline code: line breaks shown as {@code \n}, control characters dropped, delimited past any backtick run. */
    public static String code(String text) {
        String oneLine =
                withoutControls(text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"), false);
        String fence = "`".repeat(longestBacktickRun(oneLine) + 1);
        // A span that starts or ends with a backtick needs a space inside its delimiters.
        boolean pad = oneLine.startsWith("`") || oneLine.endsWith("`");
        return fence + (pad ? " " : "") + oneLine + (pad ? " " : "") + fence;
    }

    /**
     * Plain text from a receipt as literal Markdown prose: markup characters escaped, so it cannot become a link,
     * an image, HTML, emphasis or a table cell (brackets escaped: no {@code [text](url)}), line breaks and control
     * characters dropped. Parentheses alone stay readable.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : line(text.replace('\n', ' ').replace('\r', ' ')).toCharArray()) {
            if ("\\`*_[]<>#|~&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** One line of text: control characters (line breaks included) dropped. */
    public static String line(String text) {
        return withoutControls(text, false);
    }

    /** A fenced block, its fence longer than any backtick run inside (at least three), control characters dropped. */
    public static String fenced(String text) {
        String body = withoutControls(text.replace("\r\n", "\n").replace('\r', '\n'), true);
        String fence = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
        return fence + "text\n" + body + (body.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    private static String withoutControls(String text, boolean keepLineBreaks) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == '\t' || (keepLineBreaks && c == '\n') || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}

package dev.perfgate.report;

/**
 * Text from a receipt as literal Markdown: a receipt from elsewhere is untrusted, and in a pull-request comment
 * its strings must not become links, images, HTML, emphasis or table cells. Brackets are escaped, so no
 * {@code [text](url)} or {@code ![](url)} forms; parentheses alone are plain text and stay readable.
 */
final class MarkdownText {

    private MarkdownText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if ("\\`*_[]<>#|~&".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

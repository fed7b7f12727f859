package dev.perfgate.report;

import java.util.stream.Collectors;

/**
 * Text for a build log, which a terminal or a CI runner interprets: quoted output, commands and names read
 * from a receipt may carry escape sequences (a window title set, a screen cleared) or a line that a runner
 * takes as a command ({@code ::error::}, {@code ::add-mask::}, {@code ##[group]}). Control characters are
 * dropped (tab and line breaks kept) and such a line loses its meaning: perfgate itself writes no workflow
 * command, so none in the log can be ours.
 */
public final class LogText {

    private LogText() {}

    public static String quote(String text) {
        if (text == null) {
            return null;
        }
        return text.lines().map(LogText::quoteLine).collect(Collectors.joining("\n"))
                + (text.endsWith("\n") ? "\n" : "");
    }

    private static String quoteLine(String line) {
        StringBuilder kept = new StringBuilder(line.length());
        line.codePoints().filter(c -> c == '\t' || !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        String printable = kept.toString();
        String command = printable.stripLeading();
        if (command.startsWith("::") || command.startsWith("##[")) {
            // A runner reads a workflow command only at the start of a line: a space between its first two
            // characters keeps the text readable and inert.
            int at = printable.length() - command.length() + 1;
            return printable.substring(0, at) + " " + printable.substring(at);
        }
        return printable;
    }
}

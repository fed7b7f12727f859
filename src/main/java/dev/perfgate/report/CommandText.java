package dev.perfgate.report;

import java.util.List;
import java.util.stream.Collectors;

/** A command line short enough for a table or a heading: long paths keep their last part, long lines are cut. */
final class CommandText {

    static final int MAX_LENGTH = 100;
    private static final int MAX_ARG = 40;

    private CommandText() {}

    /** e.g. {@code java -jar /home/ci/work/baseline/build/libs/app.jar} → {@code java -jar …/libs/app.jar}. */
    static String shorten(List<String> argv) {
        String line = argv.stream().map(CommandText::shortenArg).collect(Collectors.joining(" "));
        String text = line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
        return text.replace('`', '\'');
    }

    /** Line breaks shown as {@code \n}: a multi-line {@code sh -c} script stays on its line. */
    private static String shortenArg(String argument) {
        String arg = argument.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
        if (arg.length() <= MAX_ARG || !arg.contains("/")) {
            return arg;
        }
        String[] parts = arg.split("/");
        String tail =
                parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : parts[parts.length - 1];
        return "…/" + tail;
    }
}

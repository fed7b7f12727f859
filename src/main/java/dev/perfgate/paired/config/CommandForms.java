package dev.perfgate.paired.config;

import java.util.List;

/** Picks a side's command from its two forms: the argv list or the shell-words string, never both. */
public final class CommandForms {

    private CommandForms() {}

    public static List<String> resolve(String side, List<String> argv, String words)
            throws InvalidConfigurationException {
        boolean hasList = argv != null && !argv.isEmpty();
        boolean hasWords = words != null && !words.isBlank();
        if (hasList && hasWords) {
            throw new InvalidConfigurationException(
                    side,
                    "the " + side + " command is given twice, as an argument list (" + side
                            + "Command) and as one string (" + side + "): keep one");
        }
        if (hasList) {
            return withEmptyArguments(argv);
        }
        return hasWords ? ShellWords.split(side, words) : List.of();
    }

    /** Maven injects {@code <arg/>} and {@code <arg></arg>} as null: an empty argument is legitimate, pass "". */
    private static List<String> withEmptyArguments(List<String> argv) {
        return argv.stream().map(arg -> arg == null ? "" : arg).toList();
    }
}

package dev.perfgate.paired.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a one-string command ({@code perfgate.baseline}) into argv exactly as a POSIX shell splits
 * words, and does nothing else: no expansion ({@code $HOME}, {@code *} stay as written), no shell runs.
 *
 * <p>The rules (POSIX XCU 2.2, the same as Python's {@code shlex.split} in POSIX mode): blanks
 * separate words; a backslash outside quotes keeps the next character literally (backslash-newline
 * joins lines); single quotes keep everything literally up to the next single quote; inside double
 * quotes a backslash escapes only {@code $ ` " \} and newline and is kept before anything else; quotes
 * that enclose nothing still make a word ({@code ''} is an empty argument). plexus-utils' splitter drops
 * empty words and ignores backslashes, hence this class.
 */
public final class ShellWords {

    private ShellWords() {}

    static List<String> split(String parameter, String commandLine) throws InvalidConfigurationException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false; // a word has started, even if it is still empty ('' or "")
        int i = 0;
        int n = commandLine.length();
        while (i < n) {
            char c = commandLine.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\\') {
                if (i + 1 >= n) {
                    throw unsplittable(parameter, commandLine, "it ends with a backslash that escapes nothing");
                }
                char escaped = commandLine.charAt(i + 1);
                if (escaped != '\n') { // backslash-newline is a line continuation: both vanish
                    word.append(escaped);
                    inWord = true;
                }
                i += 2;
            } else if (c == '\'') {
                int close = commandLine.indexOf('\'', i + 1);
                if (close < 0) {
                    throw unsplittable(parameter, commandLine, "a single quote is not closed");
                }
                word.append(commandLine, i + 1, close);
                inWord = true;
                i = close + 1;
            } else if (c == '"') {
                i = doubleQuoted(parameter, commandLine, i + 1, word);
                inWord = true;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return List.copyOf(words);
    }

    /** Appends the double-quoted text starting at {@code from} and returns the index after the closing quote. */
    private static int doubleQuoted(String parameter, String commandLine, int from, StringBuilder word)
            throws InvalidConfigurationException {
        int i = from;
        int n = commandLine.length();
        while (i < n) {
            char c = commandLine.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < n && "$`\"\\\n".indexOf(commandLine.charAt(i + 1)) >= 0) {
                char escaped = commandLine.charAt(i + 1);
                if (escaped != '\n') {
                    word.append(escaped);
                }
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw unsplittable(parameter, commandLine, "a double quote is not closed");
    }

    private static InvalidConfigurationException unsplittable(String parameter, String commandLine, String why) {
        return new InvalidConfigurationException(
                parameter,
                "cannot split " + parameter + " '" + commandLine + "' into words: " + why
                        + " (check the quotes; write a literal quote as \\' or \"'\")");
    }
}

package dev.perfgate.paired.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected words come from Python's shlex.split (POSIX mode) and, where the two differ, from sh itself. */
class ShellWordsTest {

    private static List<String> split(String line) throws InvalidConfigurationException {
        return ShellWords.split("baseline", line);
    }

    @Test
    void theIssueExampleSplitsLikeShlex() throws Exception {
        assertEquals(
                List.of("printf", "[%s]", "it's", "", "a  b", "c d", "e\"f"),
                split("printf '[%s]' 'it'\\''s' '' \"a  b\" c\\ d e\\\"f"));
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                // empty quoted words are arguments
                words("grep -c '' file", "grep", "-c", "", "file"),
                words("x \"\" '' \"\"''", "x", "", "", ""),
                words("a''b", "ab"),
                // a backslash outside quotes keeps the next character
                words("a\\ b \\' \\\" \\\\ \\x", "a b", "'", "\"", "\\", "x"),
                // single quotes keep backslashes and dollars literally
                words("'a\\nb' '$HOME'", "a\\nb", "$HOME"),
                // sh: "a\b" keeps the backslash; "\$" "\`" "\"" "\\" drop it (shlex keeps it before $ and `)
                words("\"a\\b\" \"\\$\" \"\\`\" \"\\\"\" \"\\\\\"", "a\\b", "$", "`", "\"", "\\"),
                // backslash-newline joins lines, like sh
                words("x\\\ny\tz", "xy", "z"),
                // nothing is expanded
                words("$HOME * ~ a;b |", "$HOME", "*", "~", "a;b", "|"),
                words(" \t\n "));
    }

    private static Arguments words(String line, String... expected) {
        return Arguments.of(line, List.of(expected));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void splitsLikeSh(String line, List<String> expected) throws Exception {
        assertEquals(expected, split(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java 'oops", "java \"oops", "java oops\\", "\"a\\\""})
    void unbalancedInputIsAClearError(String line) {
        InvalidConfigurationException error = assertThrows(InvalidConfigurationException.class, () -> split(line));
        assertEquals("baseline", error.parameter());
        assertTrue(error.getMessage().contains("cannot split baseline"), error.getMessage());
    }
}

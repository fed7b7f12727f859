package dev.perfgate.maven;

import dev.perfgate.paired.InvalidConfigurationException;
import java.util.Arrays;
import java.util.List;
import org.codehaus.plexus.util.cli.CommandLineUtils;

/**
 * Splits a one-string command ({@code perfgate.baseline}) into argv the way a POSIX shell splits
 * words: spaces separate, single and double quotes group. Nothing is expanded and no shell runs.
 * The only use of plexus-utils, kept behind this helper.
 */
final class ShellWords {

    private ShellWords() {
    }

    static List<String> split(String parameter, String commandLine) throws InvalidConfigurationException {
        try {
            return Arrays.asList(CommandLineUtils.translateCommandline(commandLine));
        } catch (Exception e) {
            throw new InvalidConfigurationException(parameter, "cannot split " + parameter + " '" + commandLine
                    + "' into words: " + e.getMessage() + " (check the quotes)");
        }
    }
}

package dev.perfgate.maven;

import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.paired.config.SettingNames;
import dev.perfgate.process.CommandStartException;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns the core's typed errors into Maven exceptions whose message says which POM element or
 * {@code -Dperfgate.*} property to change. The one place where that translation happens.
 */
final class PerfgateErrors {

    /** How the core's messages name a setting, in the goal's terms: {@link #where}. */
    static final SettingNames SETTING_NAMES = PerfgateErrors::where;

    /** Parameters that have no user property: they are written in the POM only. */
    private static final Set<String> POM_ONLY = Set.of(
            "baselineCommand",
            "currentCommand",
            "environment",
            "metrics",
            "baselinePrepareCommand",
            "currentPrepareCommand",
            "baselineConcludeCommand",
            "currentConcludeCommand");

    /** The commands around the runs: an argv list in the POM, or one string as a property of the short name. */
    private static final java.util.Map<String, String> HOOK_LISTS = java.util.Map.of(
            "setupCommand", "setup",
            "cleanupCommand", "cleanup",
            "prepareCommand", "prepare",
            "concludeCommand", "conclude");

    /** Settings given as one string or, in the POM only, as an argv list ({@code <baselineCommand>}). */
    private static final Set<String> COMMAND_LISTS = Set.of("baseline", "current");

    private PerfgateErrors() {}

    static MojoExecutionException invalidConfiguration(InvalidConfigurationException e) {
        String parameter = e.parameter();
        String list = COMMAND_LISTS.contains(parameter)
                ? " (or <" + parameter + "Command><arg>…</arg></" + parameter + "Command>)"
                : "";
        return new MojoExecutionException(
                "Invalid perfgate configuration: " + e.getMessage() + ". Change " + where(parameter) + list + ".", e);
    }

    static MojoExecutionException cannotStart(CommandStartException e) {
        String side = e.side();
        return new MojoExecutionException(
                e.getMessage() + ". Check " + where(side) + " (or <" + side
                        + "Command>) and the working directory; no receipt was written.",
                e);
    }

    /** {@code <repeat> / -Dperfgate.repeat}, or just the element for POM-only parameters. */
    static String where(String parameter) {
        if (HOOK_LISTS.containsKey(parameter)) {
            return "<" + parameter + "> / -Dperfgate." + HOOK_LISTS.get(parameter);
        }
        if (POM_ONLY.contains(parameter)) {
            return "<" + parameter + ">";
        }
        return "<" + parameter + "> / -Dperfgate." + parameter;
    }
}

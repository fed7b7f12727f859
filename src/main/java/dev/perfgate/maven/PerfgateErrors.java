package dev.perfgate.maven;

import dev.perfgate.paired.InvalidConfigurationException;
import dev.perfgate.process.CommandStartException;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns the core's typed errors into Maven exceptions whose message says which POM element or
 * {@code -Dperfgate.*} property to change. The one place where that translation happens.
 */
final class PerfgateErrors {

    /** Parameters that have no user property: they are written in the POM only. */
    private static final Set<String> POM_ONLY = Set.of("baselineCommand", "currentCommand", "environment", "metrics");

    private PerfgateErrors() {
    }

    static MojoExecutionException invalidConfiguration(InvalidConfigurationException e) {
        return new MojoExecutionException("Invalid perfgate configuration: " + e.getMessage()
                + ". Change " + where(e.parameter()) + ".", e);
    }

    static MojoExecutionException cannotStart(CommandStartException e) {
        String side = e.side();
        return new MojoExecutionException(e.getMessage() + ". Check " + where(side) + " (or <" + side
                + "Command>) and the working directory; no receipt was written.", e);
    }

    /** {@code <repeat> / -Dperfgate.repeat}, or just the element for POM-only parameters. */
    static String where(String parameter) {
        if (POM_ONLY.contains(parameter)) {
            return "<" + parameter + ">";
        }
        return "<" + parameter + "> / -Dperfgate." + parameter;
    }
}

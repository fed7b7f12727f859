package dev.perfgate.maven;

import dev.perfgate.report.LogText;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A goal's failure message quotes output, commands and receipt text, and Maven prints it to the log as it
 * is: it passes {@link LogText#quote} too, like every line of {@link QuotedLog}. The exception replaces the
 * one thrown (same cause, same stack), so {@code -e} does not print the raw message either.
 */
final class QuotedErrors {

    /** A goal's body. */
    interface Goal {
        void run() throws MojoExecutionException, MojoFailureException;
    }

    private QuotedErrors() {}

    static void run(Goal goal) throws MojoExecutionException, MojoFailureException {
        try {
            goal.run();
        } catch (MojoFailureException e) {
            String quoted = LogText.quote(e.getMessage());
            if (quoted == null || quoted.equals(e.getMessage())) {
                throw e;
            }
            MojoFailureException safe = new MojoFailureException(quoted, e.getCause());
            safe.setStackTrace(e.getStackTrace());
            throw safe;
        } catch (MojoExecutionException e) {
            String quoted = LogText.quote(e.getMessage());
            if (quoted == null || quoted.equals(e.getMessage())) {
                throw e;
            }
            MojoExecutionException safe = new MojoExecutionException(quoted, e.getCause());
            safe.setStackTrace(e.getStackTrace());
            throw safe;
        }
    }
}

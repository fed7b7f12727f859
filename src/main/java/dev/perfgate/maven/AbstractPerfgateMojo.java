package dev.perfgate.maven;

import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.receipt.Thresholds;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every perfgate goal shares (the jacoco pattern): the parameters declared once here, and a final
 * {@link #execute()} that honours {@code skip} and turns the core's configuration errors into Maven's
 * wording, so a goal only says what it does ({@link #run()}).
 */
abstract class AbstractPerfgateMojo extends AbstractMojo {

    /**
     * Name of the benchmark; names the receipt file and the attached artifact's classifier. Letters,
     * digits, '.', '_' and '-'. Give each execution its own name. Goals that read a receipt read this one's
     * when no other file is given.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.name", defaultValue = "${project.artifactId}")
    protected String name;

    /**
     * Wall-time threshold in percent, e.g. {@code 5.0}: the build fails when the interval of the change
     * lies above 0 (a real slowdown) and its estimate exceeds this; it passes when the interval lies below
     * it. Without it the plugin reports and never fails on statistics. For {@code perfgate:analyze},
     * default: the one the receipt recorded.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.failOnRegression")
    private Double failOnRegression;

    /**
     * CPU-time threshold in percent (needs a runner that measures CPU time). For {@code perfgate:analyze},
     * default: the one the receipt recorded.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.failOnCpuRegression")
    private Double failOnCpuRegression;

    /**
     * Peak-memory threshold in percent (needs a runner that measures peak memory). For
     * {@code perfgate:analyze}, default: the one the receipt recorded.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.failOnMemoryRegression")
    private Double failOnMemoryRegression;

    /**
     * Skip this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    protected File buildDirectory;

    /** Every goal's failure message is quoted ({@link QuotedErrors}): it can carry output and receipt text. */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        QuotedErrors.run(this::skipOrRun);
    }

    /** Every line a goal logs is quoted ({@link QuotedLog}): it can carry a command's output. */
    @Override
    public Log getLog() {
        return QuotedLog.of(super.getLog());
    }

    private void skipOrRun() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping perfgate:" + goal() + " because skip is true (<skip> / -Dperfgate.skip)");
            return;
        }
        try {
            run();
        } catch (InvalidConfigurationException e) {
            throw PerfgateErrors.invalidConfiguration(e);
        }
    }

    /** The goal's name, e.g. {@code paired}, for the log. */
    protected abstract String goal();

    /** What the goal does; not called when {@code skip} is set. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException, InvalidConfigurationException;

    /** The threshold parameters, as the core takes them. */
    protected final Thresholds thresholds() {
        return new Thresholds(failOnRegression, failOnCpuRegression, failOnMemoryRegression);
    }
}

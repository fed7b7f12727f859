package dev.perfgate.maven;

import dev.perfgate.host.OshiHostProbe;
import dev.perfgate.paired.DurationParser;
import dev.perfgate.paired.InconclusivePolicy;
import dev.perfgate.paired.InvalidConfigurationException;
import dev.perfgate.paired.PairOrder;
import dev.perfgate.paired.PairedDefaults;
import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.paired.PairedRunRequest;
import dev.perfgate.paired.PairedRunUseCase;
import dev.perfgate.paired.SystemClock;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.receipt.ReceiptWriter;
import dev.perfgate.receipt.ToolInfo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Runs a baseline and a current command in interleaved pairs, measures every run (wall time, CPU
 * time, peak memory), decides with paired statistics whether the current command regressed, writes
 * a {@code perfgate.paired.v1} receipt, attaches it to the build and fails the build when the gate
 * says so.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.perfgate</groupId>
 *   <artifactId>perfgate-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>paired</goal></goals>
 *       <configuration>
 *         <baselineCommand><arg>java</arg><arg>-jar</arg><arg>old.jar</arg></baselineCommand>
 *         <currentCommand><arg>java</arg><arg>-jar</arg><arg>target/app.jar</arg></currentCommand>
 *         <failOnRegression>5.0</failOnRegression>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "paired", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class PairedMojo extends AbstractMojo {

    /**
     * Name of the benchmark; names the receipt file and the attached artifact's classifier. Letters,
     * digits, '.', '_' and '-'. Give each execution its own name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.name", defaultValue = "${project.artifactId}")
    private String name;

    /**
     * The baseline command as an argv list, run without a shell:
     * {@code <baselineCommand><arg>java</arg><arg>-jar</arg><arg>old.jar</arg></baselineCommand>}.
     * Give either this or {@code baseline}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> baselineCommand;

    /**
     * The current command as an argv list, run without a shell. Give either this or {@code current}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> currentCommand;

    /**
     * The baseline command as one string, split into words like a shell would (quotes group words; no
     * expansion, no shell): {@code -Dperfgate.baseline="java -jar old.jar"}. The alternative to
     * {@code baselineCommand}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.baseline")
    private String baseline;

    /**
     * The current command as one string, split into words like a shell would. The alternative to
     * {@code currentCommand}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.current")
    private String current;

    /**
     * Measured pairs, as in upstream perfgate: set alone, exactly this many pairs and one look at the
     * data. With {@code requireSignificance}, the pairs before the first of the sequential looks. Not set
     * (the default): sequential looks from the fewest pairs that can decide (7 with the default budget)
     * up to {@code maxPairs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.repeat")
    private Integer repeat;

    /**
     * Warmup pairs run first and left out of the statistics and of the failure reasons.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.warmup", defaultValue = PairedDefaults.WARMUP)
    private int warmup;

    /**
     * Units of work one run performs (requests, records, …); adds throughput per second to the stats.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.workUnits")
    private Long workUnits;

    /**
     * Directory both commands run in.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.workingDirectory", defaultValue = "${project.basedir}")
    private File workingDirectory;

    /**
     * Limit per run: {@code 500ms}, {@code 2s}, {@code 1m}, or ISO-8601 {@code PT2S}. A run that hits it
     * is killed with its whole process tree, recorded as timed out, and fails the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.timeout")
    private String timeout;

    /**
     * Environment variables set for both commands, over the inherited environment:
     * {@code <environment><LANG>C</LANG></environment>}.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> environment;

    /**
     * Bytes of stdout and of stderr kept in the receipt per run (0 = keep all). Output beyond it is
     * still read, so a chatty command never blocks.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.outputCapBytes", defaultValue = PairedDefaults.OUTPUT_CAP_BYTES)
    private long outputCapBytes;

    /**
     * Accept nonzero exit codes. Timeouts and regressions still fail the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.allowNonzero", defaultValue = "false")
    private boolean allowNonzero;

    /**
     * Record the SHA-256 of the host name in the receipt (off: it identifies the machine).
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.includeHostnameHash", defaultValue = "false")
    private boolean includeHostnameHash;

    /**
     * Look at the data at planned points and stop at the first look that decides (PASS or FAIL), up to
     * {@code maxPairs} / {@code maxDuration}. Alpha is spent over the looks, so stopping early does not
     * raise the false-alarm rate. Default: on, unless {@code repeat} is set (upstream's fixed number of
     * pairs). {@code false}: one look after {@code repeat} pairs (or {@code maxPairs}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.requireSignificance")
    private Boolean requireSignificance;

    /**
     * The false-FAIL rate of the whole run, over all looks together (0 &lt; alpha &lt; 0.5); the false-PASS
     * rate at the threshold is held at the same level. Each decision is one-sided, so a single look judges
     * a two-sided interval at 1 − 2·alpha (90% at 0.05); sequential looks judge narrower shares of it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.significanceAlpha", defaultValue = PairedDefaults.SIGNIFICANCE_ALPHA)
    private double significanceAlpha;

    /**
     * Fewest measured pairs before a difference may count as significant (at least 2).
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.significanceMinSamples", defaultValue = PairedDefaults.SIGNIFICANCE_MIN_SAMPLES)
    private int significanceMinSamples;

    /**
     * The most looks after the first (upstream's retries). Default: as many as the plan spaces between
     * the first look and {@code maxPairs}; {@code 0} is one look after {@code repeat} pairs. With more than
     * one look the receipt carries {@code noise_diagnostics}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.maxRetries")
    private Integer maxRetries;

    /**
     * Stop looking early when the noise (CV of the wall differences) exceeds this, e.g. {@code 0.5}:
     * more pairs would not help. The verdict then stays INCONCLUSIVE.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.cvThreshold")
    private Double cvThreshold;

    /**
     * Wall-time threshold in percent, e.g. {@code 5.0}: the build fails when the interval of the change
     * lies above 0 (a real slowdown) and its estimate exceeds this; it passes when the interval lies below
     * it. Without it the plugin reports and never fails on statistics.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.failOnRegression")
    private Double failOnRegression;

    /**
     * CPU-time threshold in percent (needs a runner that measures CPU time).
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.failOnCpuRegression")
    private Double failOnCpuRegression;

    /**
     * Peak-memory threshold in percent (needs a runner that measures peak memory).
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.failOnMemoryRegression")
    private Double failOnMemoryRegression;

    /**
     * What an INCONCLUSIVE verdict does: {@code warn} (log and pass), {@code fail} or {@code pass}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.onInconclusive", defaultValue = PairedDefaults.ON_INCONCLUSIVE)
    private String onInconclusive;

    /**
     * Which side runs first in a pair: {@code random} (balanced and shuffled with the seed),
     * {@code alternate}, or {@code baseline-first} (like upstream perfgate).
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.order", defaultValue = PairedDefaults.ORDER)
    private String order;

    /**
     * Seed of the pair order; by default derived from the run id. The receipt records it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.seed")
    private Long seed;

    /**
     * Which process runner measures the runs: {@code auto} (the POSIX runner on Linux and macOS, which
     * measures CPU time, page faults, context switches, block I/O and each run's own peak memory; the
     * JDK runner elsewhere, which measures wall time only), {@code posix} or {@code jdk} to force one.
     * The receipt names the runner used.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.runner", defaultValue = "auto")
    private String runner;

    /**
     * Where the receipt is written. Default: {@code ${project.build.directory}/perfgate/<name>.paired.json}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.outputFile")
    private File outputFile;

    /**
     * Pretty-print the receipt.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.pretty", defaultValue = "true")
    private boolean pretty;

    /**
     * Attach the receipt to the project (type {@code json}) so {@code install} and {@code deploy}
     * publish it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.attach", defaultValue = "true")
    private boolean attach;

    /**
     * Classifier of the attached receipt. Default: {@code perfgate-<name>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.classifier")
    private String classifier;

    /**
     * Also write the outcome as Markdown beside the receipt ({@code <name>.paired.md}): the verdict and
     * one table row per metric, ready for a pull-request comment.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.markdown", defaultValue = "true")
    private boolean markdown;

    /**
     * On GitHub Actions, append the Markdown report to the job summary (the file named by
     * {@code $GITHUB_STEP_SUMMARY}). Does nothing elsewhere.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.githubStepSummary", defaultValue = "true")
    private boolean githubStepSummary;

    /**
     * The pair budget: the most measured pairs, where the last look is taken. A run still undecided there
     * ends INCONCLUSIVE, saying how many more pairs would likely decide it.
     *
     * @since 0.2.0
     */
    @Parameter(property = "perfgate.maxPairs", defaultValue = PairedDefaults.MAX_PAIRS)
    private int maxPairs;

    /**
     * The time budget: {@code 90s}, {@code 2m}, or ISO-8601 {@code PT2M}. It counts the summed wall time
     * of every run, warmups included (the plugin's own overhead and Maven's start do not count); a look
     * whose pairs would likely end beyond it is not started, and the run ends INCONCLUSIVE at the last
     * look taken. Empty: no time budget.
     *
     * @since 0.2.0
     */
    @Parameter(property = "perfgate.maxDuration", defaultValue = PairedDefaults.MAX_DURATION)
    private String maxDuration;

    /**
     * Skip the benchmark.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    private final MavenProjectHelper projectHelper;

    @Inject
    public PairedMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping perfgate:paired because skip is true (<skip> / -Dperfgate.skip)");
            return;
        }
        refuseDuplicateClassifier();
        PairedRunOutcome outcome;
        try {
            PairedRunRequest request = request();
            PairedRunUseCase useCase = new PairedRunUseCase(RunnerChoice.runner(runner), new OshiHostProbe(),
                    new SystemClock(), new ToolInfo("perfgate-maven-plugin", pluginVersion), new MavenLogListener(getLog()));
            outcome = useCase.execute(request);
        } catch (InvalidConfigurationException e) {
            throw PerfgateErrors.invalidConfiguration(e);
        } catch (CommandStartException e) {
            throw PerfgateErrors.cannotStart(e);
        }

        Path receiptFile = receiptFile();
        try {
            new ReceiptWriter().write(outcome.receipt(), receiptFile, pretty);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the receipt to " + receiptFile + ": " + e.getMessage()
                    + ". Change <outputFile> / -Dperfgate.outputFile or free the disk.", e);
        }
        attachReceipt(receiptFile);
        new OutcomeReport(getLog()).report(outcome, receiptFile, markdown, githubStepSummary);
        OutcomeReport.failIfFailed(outcome, receiptFile);
    }

    private PairedRunRequest request() throws InvalidConfigurationException {
        return PairedRunRequest.builder()
                .name(name)
                .workingDirectory(workingDirectory().toPath())
                .baselineCommand(CommandForms.resolve("baseline", baselineCommand, baseline))
                .currentCommand(CommandForms.resolve("current", currentCommand, current))
                .repeat(repeat)
                .warmup(warmup)
                .workUnits(workUnits)
                .timeout(timeout == null || timeout.isBlank() ? null : DurationParser.parse("timeout", timeout))
                .environment(environment)
                .outputCapBytes(outputCapBytes)
                .allowNonzero(allowNonzero)
                .includeHostnameHash(includeHostnameHash)
                .requireSignificance(requireSignificance)
                .significanceAlpha(significanceAlpha)
                .significanceMinSamples(significanceMinSamples)
                .maxRetries(maxRetries)
                .cvThreshold(cvThreshold)
                .failOnRegression(failOnRegression)
                .failOnCpuRegression(failOnCpuRegression)
                .failOnMemoryRegression(failOnMemoryRegression)
                .onInconclusive(InconclusivePolicy.fromConfigName(onInconclusive))
                .order(PairOrder.fromConfigName(order))
                .seed(seed)
                .maxPairs(maxPairs)
                .maxDuration(maxDuration == null || maxDuration.isBlank() ? null
                        : DurationParser.parse("maxDuration", maxDuration))
                .build();
    }

    /** Without a POM the default ${project.basedir} stays unset or uninterpolated: use the current directory. */
    private File workingDirectory() {
        boolean usable = workingDirectory != null && !workingDirectory.getPath().contains("${");
        return usable ? workingDirectory : new File("").getAbsoluteFile();
    }

    private Path receiptFile() {
        return ReceiptLocation.of(outputFile, buildDirectory, name);
    }

    private boolean attachable() {
        return attach && project != null && project.getFile() != null;
    }

    private String effectiveClassifier() {
        return classifier == null || classifier.isBlank() ? "perfgate-" + name : classifier;
    }

    /** Two executions with one name would overwrite each other's receipt: say so before running anything. */
    private void refuseDuplicateClassifier() throws MojoExecutionException {
        if (!attachable()) {
            return;
        }
        String wanted = effectiveClassifier();
        boolean taken = project.getAttachedArtifacts().stream()
                .anyMatch(a -> "json".equals(a.getType()) && wanted.equals(a.getClassifier()));
        if (taken) {
            throw new MojoExecutionException("Another perfgate execution of this project already attached a receipt"
                    + " with classifier '" + wanted + "'. Give each execution its own <name> (or <classifier>).");
        }
    }

    private void attachReceipt(Path receiptFile) {
        if (!attachable()) {
            getLog().debug("Receipt not attached (attach is off or there is no project POM)");
            return;
        }
        String effectiveClassifier = effectiveClassifier();
        projectHelper.attachArtifact(project, "json", effectiveClassifier, receiptFile.toFile());
        getLog().debug("Attached " + receiptFile + " as json:" + effectiveClassifier);
    }
}

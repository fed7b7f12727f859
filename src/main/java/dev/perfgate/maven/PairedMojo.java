package dev.perfgate.maven;

import dev.perfgate.host.OshiHostProbe;
import dev.perfgate.paired.DurationParser;
import dev.perfgate.paired.InconclusivePolicy;
import dev.perfgate.paired.InvalidConfigurationException;
import dev.perfgate.paired.PairOrder;
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
import dev.perfgate.paired.RequestValidator;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
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
 *         <repeat>10</repeat>
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
     * The baseline command as one string, split into words exactly as a POSIX shell would (quotes,
     * backslashes, {@code ''} for an empty argument; no expansion, no shell): {@code -Dperfgate.baseline="java -jar old.jar"}. The alternative to
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
     * Measured pairs to run (at least 1). More pairs give narrower intervals.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.repeat", defaultValue = "5")
    private int repeat;

    /**
     * Warmup pairs run first and left out of the statistics and of the failure reasons.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.warmup", defaultValue = "0")
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
     * Limit per run: {@code 500ms}, {@code 2s}, {@code 1m}, or ISO-8601 {@code PT2S}; from {@code 10ms} to 7 days.
     * A run that hits it is killed with its whole process tree, recorded as timed out, and fails the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.timeout")
    private String timeout;

    /**
     * Environment variables set for both commands, over the inherited environment:
     * {@code <environment><LANG>C</LANG></environment>}. {@code <FOO/>} sets FOO to the empty string.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> environment;

    /**
     * Bytes of stdout and of stderr kept in the receipt per run, 0 to 1048576 (0 = keep all, up to
     * 1 MiB). Output beyond it is still read, so a chatty command never blocks.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.outputCapBytes", defaultValue = "8192")
    private long outputCapBytes;

    /**
     * Accept nonzero exit codes. Timeouts and regressions still fail the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.allowNonzero", defaultValue = "false")
    private boolean allowNonzero;

    /**
     * Record the SHA-256 of the host name in the receipt (off: it identifies the machine). The hash is
     * unsalted, the same for every project on a host, and a short or guessable host name is recovered
     * from it by hashing candidates: it identifies the machine to anyone who can guess its name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.includeHostnameHash", defaultValue = "false")
    private boolean includeHostnameHash;

    /**
     * Keep adding pairs (up to {@code maxRetries} retries; retry k adds ceil(1.5·k) pairs) while the
     * verdict is undecided. The alpha is split across the planned looks, so retrying does not raise
     * the false-alarm rate.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.requireSignificance", defaultValue = "false")
    private boolean requireSignificance;

    /**
     * Two-sided significance level of the whole run (0 &lt; alpha &lt; 1); intervals are at 1 − alpha
     * per look.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.significanceAlpha", defaultValue = "0.05")
    private double significanceAlpha;

    /**
     * Fewest measured pairs before a difference may count as significant (at least 2).
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.significanceMinSamples", defaultValue = "3")
    private int significanceMinSamples;

    /**
     * Most retry batches {@code requireSignificance} may add. With a value above 0 the receipt carries
     * {@code noise_diagnostics}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.maxRetries", defaultValue = "0")
    private int maxRetries;

    /**
     * Stop retrying early when the noise (CV of the wall differences) exceeds this, e.g. {@code 0.5}:
     * more pairs would not help. The verdict then stays INCONCLUSIVE.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.cvThreshold")
    private Double cvThreshold;

    /**
     * Wall-time threshold in percent, e.g. {@code 5.0}: the build fails when the current command is
     * proven slower by more than this. Without it the plugin reports and never fails on statistics.
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
    @Parameter(property = "perfgate.onInconclusive", defaultValue = "warn")
    private String onInconclusive;

    /**
     * Which side runs first in a pair: {@code random} (balanced and shuffled with the seed),
     * {@code alternate}, or {@code baseline-first} (like upstream perfgate).
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.order", defaultValue = "random")
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

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

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
            // Everything that would only fail once the receipt is written is checked now, before any run.
            RequestValidator.validate(request);
            checkOutputs();
            PairedRunUseCase useCase = new PairedRunUseCase(RunnerChoice.runner(runner), new OshiHostProbe(),
                    new SystemClock(), new ToolInfo("perfgate-maven-plugin", pluginVersion), new MavenLogListener(getLog()));
            outcome = useCase.execute(request);
        } catch (InvalidConfigurationException e) {
            throw PerfgateErrors.invalidConfiguration(e);
        } catch (CommandStartException e) {
            throw PerfgateErrors.cannotStart(e);
        } catch (CancellationException e) {
            // The runs in flight were killed with all their descendants; no receipt describes a cut-short run.
            throw new MojoExecutionException("perfgate '" + name + "' was interrupted: " + e.getMessage()
                    + "; no receipt was written.", e);
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
                .build();
    }

    private void checkOutputs() throws InvalidConfigurationException, MojoExecutionException {
        if (classifier != null && !classifier.isBlank()) {
            RequestValidator.requireFileSafe("classifier", classifier);
        }
        Path receiptFile = receiptFile();
        OutputFileCheck.check(receiptFile, MarkdownOutputs.besideReceipt(receiptFile));
        String me = executionLabel();
        Optional<String> other = OutputFileClaims.claim(session == null ? this : session, receiptFile, me);
        if (other.isPresent()) {
            throw new MojoExecutionException("Two perfgate executions write the same receipt " + receiptFile + ": "
                    + other.get() + " and " + me + ". Give each its own <name> or <outputFile> / -Dperfgate.outputFile.");
        }
    }

    /** "execution 'fast' of com.example:app", as the user wrote it in the POM. */
    private String executionLabel() {
        String id = mojoExecution == null ? "?" : mojoExecution.getExecutionId();
        String module = project == null ? "" : " of " + project.getGroupId() + ":" + project.getArtifactId();
        return "execution '" + id + "'" + module;
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

package dev.perfgate.maven;

import dev.perfgate.files.OutputFileCheck;
import dev.perfgate.files.OutputFileClaims;
import dev.perfgate.host.MachineRecord;
import dev.perfgate.host.MachineWatch;
import dev.perfgate.host.OshiHostProbe;
import dev.perfgate.host.ProcMachineReader;
import dev.perfgate.lock.Exclusivity;
import dev.perfgate.lock.MachineBenchmarkLock;
import dev.perfgate.lock.OtherBenchmarkProbe;
import dev.perfgate.metrics.MetricCapturingRunner;
import dev.perfgate.paired.HookFailedException;
import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.paired.PairedRunUseCase;
import dev.perfgate.paired.SystemClock;
import dev.perfgate.paired.config.CheckedRequest;
import dev.perfgate.paired.config.CommandForms;
import dev.perfgate.paired.config.DurationParser;
import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.paired.config.PairOrder;
import dev.perfgate.paired.config.PairedDefaults;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.paired.config.RequestValidator;
import dev.perfgate.paired.config.Shard;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.shutdown.ShutdownGrace;
import dev.perfgate.process.shutdown.ShutdownRunner;
import dev.perfgate.receipt.ReceiptWriter;
import dev.perfgate.receipt.ToolInfo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.eclipse.aether.RepositorySystem;

// The example is HTML with a <br> per line: the generated help (perfgate:help -Ddetail) turns HTML into
// text and collapses the newlines of a <pre>, but keeps line breaks.
/**
 * Runs a baseline and a current command in interleaved pairs, measures every run (wall time, CPU
 * time, peak memory), decides with paired statistics whether the current command regressed, writes
 * a {@code perfgate.paired.v1} receipt, attaches it to the build and fails the build when the gate
 * says so.
 *
 * <p>For example:</p>
 * <pre>
 * &lt;plugin&gt;<br>
 * &nbsp;&nbsp;&lt;groupId&gt;dev.perfgate&lt;/groupId&gt;<br>
 * &nbsp;&nbsp;&lt;artifactId&gt;perfgate-maven-plugin&lt;/artifactId&gt;<br>
 * &nbsp;&nbsp;&lt;executions&gt;<br>
 * &nbsp;&nbsp;&nbsp;&nbsp;&lt;execution&gt;<br>
 * &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&lt;goals&gt;&lt;goal&gt;paired&lt;/goal&gt;&lt;/goals&gt;<br>
 * &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&lt;configuration&gt;<br>
 * &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&lt;baselineCommand&gt;&lt;arg&gt;java&lt;/arg&gt;&lt;arg&gt;-jar&lt;/arg&gt;&lt;arg&gt;old.jar&lt;/arg&gt;&lt;/baselineCommand&gt;<br>
 * &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&lt;currentCommand&gt;&lt;arg&gt;java&lt;/arg&gt;&lt;arg&gt;-jar&lt;/arg&gt;&lt;arg&gt;target/app.jar&lt;/arg&gt;&lt;/currentCommand&gt;<br>
 * &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&lt;failOnRegression&gt;5.0&lt;/failOnRegression&gt;<br>
 * &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&lt;/configuration&gt;<br>
 * &nbsp;&nbsp;&nbsp;&nbsp;&lt;/execution&gt;<br>
 * &nbsp;&nbsp;&lt;/executions&gt;<br>
 * &lt;/plugin&gt;<br>
 * </pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "paired", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class PairedMojo extends AbstractPerfgateMojo {

    /**
     * The baseline command as an argv list, run without a shell:
     * {@code <baselineCommand><arg>java</arg><arg>-jar</arg><arg>old.jar</arg></baselineCommand>}.
     * Give either this or {@code baseline}. Maven reads {@code $$} in the POM as an escaped {@code $}: write
     * {@code $$$$} for a shell's {@code $$} (the one-string {@code -Dperfgate.baseline} form keeps {@code $$}).
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
     * Measured pairs, as in upstream perfgate: set alone, exactly this many pairs and one look at the
     * data. With {@code requireSignificance}, the pairs before the first of the sequential looks. Not set
     * (the default): sequential looks from the fewest pairs that can decide (8 with the default budget)
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
    @Parameter(property = "perfgate.outputCapBytes", defaultValue = PairedDefaults.OUTPUT_CAP_BYTES)
    private long outputCapBytes;

    /**
     * The most bytes of a run's stdout a {@code <pattern>} metric is matched on, 1 to 536870912 (default
     * 16 MiB): the text is held in memory while it is matched. A run whose stdout is longer has no value for
     * the metric, with a message naming this parameter; raise it, or have the command write its result to
     * {@code @{metricFile}} and read it with {@code <jsonFile>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.patternStdoutBytes", defaultValue = "16777216")
    private long patternStdoutBytes;

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
     * Run this execution as shard {@code i/n} of the benchmark, e.g. {@code 2/4} in the second job of a CI
     * matrix of four: it measures a fixed number of pairs ({@code repeat} if set, else its share of
     * {@code maxPairs}: 30 over 4 shards is 8, 8, 7, 7) in its own balanced order (its seed derived from the
     * shard and {@code seed}, recorded), with no early stop, and writes its receipt (recording the shard) and
     * reports. The verdict is left to {@code perfgate:merge} over all shards' receipts: a shard's build does
     * not fail on the gate, only on failed runs, timeouts and bad configuration. See docs/merge.md.
     *
     * @since 0.3.0
     */
    @Parameter(property = "perfgate.shard")
    private String shard;

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

    // <code>, not {@code}: the braces of ${...} would end {@code} early and lose the rest in the help.
    /**
     * Where the receipt is written. Default: <code>${project.build.directory}/perfgate/&lt;name&gt;.paired.json</code>
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
     * Also write the outcome as one self-contained HTML page beside the receipt
     * (<code>&lt;name&gt;.paired.html</code>): the verdict and its reasons, per metric every run in run
     * order and the per-pair changes with the estimate, interval and threshold drawn, the noise figures,
     * the configuration and a table of the runs. No network needed to open it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.html", defaultValue = "true")
    private boolean html;

    /**
     * Also write a JUnit XML report in Surefire's format beside the receipt
     * (<code>TEST-perfgate-&lt;name&gt;.xml</code>), for the test views of Jenkins, GitLab and GitHub: one
     * test case per analysed metric, failed for FAIL, skipped for INCONCLUSIVE (failed under
     * <code>onInconclusive=fail</code>), with the figures in its output.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.junitXml", defaultValue = "true")
    private boolean junitXml;

    /**
     * The pair budget: the most measured pairs, where the last look is taken. A run still undecided there
     * ends INCONCLUSIVE, saying how many more pairs would likely decide it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.maxPairs", defaultValue = PairedDefaults.MAX_PAIRS)
    private int maxPairs;

    /**
     * The time budget: {@code 90s}, {@code 2m}, or ISO-8601 {@code PT2M}. It counts the summed wall time
     * of every run, warmups included (the plugin's own overhead and Maven's start do not count); a look
     * whose pairs would likely end beyond it is not started, and the run ends INCONCLUSIVE at the last
     * look taken. Empty: no time budget.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.maxDuration", defaultValue = PairedDefaults.MAX_DURATION)
    private String maxDuration;

    // --- Maven-native baselines (issue 11): commands that run artifacts given by coordinates ---

    /**
     * Maven coordinates of the baseline binary, {@code groupId:artifactId[:extension[:classifier]]:version},
     * resolved with Maven's resolver from the project's repositories (mirrors, credentials and offline
     * mode from settings.xml apply). The version may be a range: the newest release it matches is taken,
     * so {@code com.example:app:[0,)} is the latest release. <code>&#64;{baselineArtifact}</code> in any argument of
     * either command is replaced by the file's absolute path:
     * <code>&lt;baselineCommand&gt;&lt;arg&gt;java&lt;/arg&gt;&lt;arg&gt;-jar&lt;/arg&gt;&lt;arg&gt;&#64;{baselineArtifact}&lt;/arg&gt;&lt;/baselineCommand&gt;</code>.
     * The receipt records the resolved coordinates, the file and its SHA-256 ({@code bench.baseline_artifact}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.baselineArtifact")
    private String baselineArtifact;

    /**
     * Maven coordinates of the current binary, like {@code baselineArtifact}; <code>&#64;{currentArtifact}</code> in an
     * argument is replaced by its path. To run this build's own artifact instead, use
     * <code>&#64;{projectArtifact}</code> (available once the {@code package} phase has run).
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.currentArtifact")
    private String currentArtifact;

    /**
     * Which other benchmarks must not measure while this one does: {@code machine} (default) — none on this
     * machine, across Maven processes (a file lock in the system temp directory, released by the operating
     * system if its holder dies); {@code jvm} — none in this Maven process (e.g. the other modules of a
     * {@code -T 4} build); {@code none} — no lock. While an execution waits, the log names the benchmark it
     * waits for. The lock is held from the first warmup run to the last measured run.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.exclusive", defaultValue = "machine")
    private String exclusive;

    // --- Gates on numbers the commands print (issue 11) ---

    /**
     * Numbers each run prints or writes (a JMH score, requests per second), each analysed like wall time
     * (per-pair log ratios, Hodges-Lehmann estimate and interval, its own threshold) and joining the
     * verdict, the summary, the Markdown report and the receipt. Each {@code <metric>} has a
     * {@code <name>}, {@code <better>} ({@code lower}, the default, or {@code higher}: then a drop is
     * the regression), an optional {@code <failOnRegression>} in percent, and its source: either
     * {@code <pattern>}, a regular expression with one group around the number, matched against the
     * run's whole stdout (the last match counts), or {@code <jsonFile>} with {@code <jsonPointer>}, a
     * file the command writes (<code>&#64;{metricFile}</code> in an argument and as the {@code jsonFile} gives
     * each run its own path):
     * <pre>
     * &lt;metrics&gt;<br>
     * &nbsp;&nbsp;&lt;metric&gt;<br>
     * &nbsp;&nbsp;&nbsp;&nbsp;&lt;name&gt;score&lt;/name&gt;<br>
     * &nbsp;&nbsp;&nbsp;&nbsp;&lt;better&gt;higher&lt;/better&gt;<br>
     * &nbsp;&nbsp;&nbsp;&nbsp;&lt;failOnRegression&gt;5&lt;/failOnRegression&gt;<br>
     * &nbsp;&nbsp;&nbsp;&nbsp;&lt;jsonFile&gt;&#64;{metricFile}&lt;/jsonFile&gt;<br>
     * &nbsp;&nbsp;&nbsp;&nbsp;&lt;jsonPointer&gt;/0/primaryMetric/score&lt;/jsonPointer&gt;<br>
     * &nbsp;&nbsp;&lt;/metric&gt;<br>
     * &lt;/metrics&gt;<br>
     * </pre>
     * A measured run whose output lacks a metric, or whose value is not a positive finite number, is a
     * failed run.
     * <p>
     * <b>A whole JMH suite</b> is one {@code <metric>} with {@code <jmhFile>} instead of a pattern or JSON
     * pointer: the JSON result file JMH writes with {@code -rf json -rff <file>} (usually
     * <code>&#64;{metricFile}</code>). Each run expands into one gated metric per benchmark and parameter set,
     * named {@code <name>:<Class>.<method>[<param>=<value>,...]} (e.g. {@code jmh:Codec.sized[size=1000]}),
     * valued by the primary score. Each benchmark's direction comes from its JMH mode ({@code thrpt}: higher
     * is better; {@code avgt}, {@code sample}, {@code ss}: lower), so {@code <better>} is not accepted there;
     * {@code <failOnRegression>} is the worst acceptable change in each benchmark's own terms (below 100). With
     * a {@code <jmhFile>}:
     * {@code <include>} and {@code <exclude>} are regular expressions found in a benchmark's name (only
     * benchmarks that pass both are gated); {@code <secondaryMetrics>} lists JMH secondary metrics gated beside
     * each score, lower is better ({@code <secondaryMetric>gc.alloc.rate.norm</secondaryMetric>}, with
     * {@code -prof gc}); {@code <rulers>} is a regular expression naming control benchmarks (code the change
     * cannot touch, e.g. JDK-only work), which never fail the build: a ruler whose change is proven beyond the
     * threshold, either way, makes the verdict INCONCLUSIVE with its name. A benchmark on one side only is
     * listed as not compared; a benchmark that threw or a missing result file fails the run, quoting JMH.
     * <pre>
     * &lt;metric&gt;<br>
     * &nbsp;&nbsp;&lt;name&gt;jmh&lt;/name&gt;<br>
     * &nbsp;&nbsp;&lt;jmhFile&gt;&#64;{metricFile}&lt;/jmhFile&gt;<br>
     * &nbsp;&nbsp;&lt;failOnRegression&gt;10&lt;/failOnRegression&gt;<br>
     * &nbsp;&nbsp;&lt;rulers&gt;ruler&lt;/rulers&gt;<br>
     * &lt;/metric&gt;<br>
     * </pre>
     * All gated metrics of the execution (wall, CPU and memory gates, every {@code <metric>}, every benchmark)
     * are judged together: at each look, Holm's step-down over those not yet failed, so the chance that any of
     * them falsely FAILs, over all looks, is at most {@code significanceAlpha}. See docs/jmh.md.
     * POM only (no user property).
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Metric> metrics;

    // --- Commands around the runs (issue 19): never timed, same directory, environment, timeout and cleanup ---

    /**
     * A command run once before the first pair (warmups included), as an argv list like the commands: start a
     * server the commands talk to, fill a database. Not timed. Its failure fails the build, naming it and quoting
     * its output. The alternative to {@code setup}.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<String> setupCommand;

    /**
     * {@code setupCommand} as one string, split into words like the commands: {@code -Dperfgate.setup="./start-db.sh"}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "perfgate.setup")
    private String setup;

    /**
     * A command run once after the last pair, also after a failed run, a timeout, a failed hook or an interrupted
     * build (then for at most 5 seconds): stop the server, drop the database. Not timed. The alternative to
     * {@code cleanup}.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<String> cleanupCommand;

    /**
     * {@code cleanupCommand} as one string: {@code -Dperfgate.cleanup="./stop-db.sh"}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "perfgate.cleanup")
    private String cleanup;

    /**
     * A command run before every run of either side, warmups included, outside the timed window: clear a cache
     * directory, reset a database, drop the page cache ({@code sh -c "sync; echo 3 > /proc/sys/vm/drop_caches"},
     * as root). A side's own {@code baselinePrepareCommand} / {@code currentPrepareCommand} replaces it for that
     * side. Its failure fails the build, naming the side and pair; the receipt keeps the pairs complete so far.
     * The alternative to {@code prepare}.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<String> prepareCommand;

    /**
     * {@code prepareCommand} as one string: {@code -Dperfgate.prepare="rm -rf target/cache"}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "perfgate.prepare")
    private String prepare;

    /**
     * The command run before every baseline run instead of {@code prepareCommand}. POM only.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<String> baselinePrepareCommand;

    /**
     * The command run before every current run instead of {@code prepareCommand}. POM only.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<String> currentPrepareCommand;

    /**
     * A command run after every run of either side, warmups included, outside the timed window: collect a log,
     * reset state the run changed. A side's own {@code baselineConcludeCommand} / {@code currentConcludeCommand}
     * replaces it for that side. The alternative to {@code conclude}.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<String> concludeCommand;

    /**
     * {@code concludeCommand} as one string: {@code -Dperfgate.conclude="./collect-log.sh"}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "perfgate.conclude")
    private String conclude;

    /**
     * The command run after every baseline run instead of {@code concludeCommand}. POM only.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<String> baselineConcludeCommand;

    /**
     * The command run after every current run instead of {@code concludeCommand}. POM only.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<String> currentConcludeCommand;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    /** How long an interrupted build's JVM waits for the receipt and the cleanup command before it exits. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);
    /** The cleanup command's limit once the JVM is shutting down: a CI system kills a stopped job within seconds. */
    private static final Duration SHUTDOWN_CLEANUP = Duration.ofSeconds(5);

    private final MavenProjectHelper projectHelper;
    private final RepositorySystem repositorySystem;

    @Inject
    public PairedMojo(MavenProjectHelper projectHelper, RepositorySystem repositorySystem) {
        this.projectHelper = projectHelper;
        this.repositorySystem = repositorySystem;
    }

    @Override
    protected String goal() {
        return "paired";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException, InvalidConfigurationException {
        refuseDuplicateClassifier();
        // Ctrl-C, SIGTERM or a CI time limit while measuring: the JVM waits (a little) for the receipt of the
        // complete pairs to be written and the cleanup command to run before it exits.
        try (ShutdownGrace grace = ShutdownGrace.hold(SHUTDOWN_GRACE)) {
            PairedRunOutcome outcome = measure();
            Path receiptFile = receiptFile();
            try {
                new ReceiptWriter().write(outcome.receipt(), receiptFile, pretty);
            } catch (IOException e) {
                throw new MojoExecutionException(
                        "Cannot write the receipt to " + receiptFile + ": " + e.getMessage()
                                + ". Change <outputFile> / -Dperfgate.outputFile or free the disk.",
                        e);
            }
            attachReceipt(receiptFile);
            new OutcomeReport(getLog())
                    .report(outcome, receiptFile, new ReportChoices(markdown, githubStepSummary, html, junitXml, true));
            OutcomeReport.failIfFailed(outcome, receiptFile);
        }
    }

    /** Runs the pairs under the benchmark lock; the outcome holds the receipt to write. */
    private PairedRunOutcome measure()
            throws MojoExecutionException, MojoFailureException, InvalidConfigurationException {
        try {
            ArtifactBinding.BoundCommands commands = bindArtifacts();
            PairedRunRequest request = request(commands);
            PairedRunUseCase useCase = new PairedRunUseCase(
                            MetricCapturingRunner.around(
                                    RunnerChoice.runner(runner), request.metrics(), patternStdoutBytes),
                            new OshiHostProbe(),
                            new SystemClock(),
                            new ToolInfo("perfgate-maven-plugin", pluginVersion),
                            new MavenLogListener(getLog(), name))
                    .namingSettings(PerfgateErrors.SETTING_NAMES)
                    .withShutdownRunner(new ShutdownRunner(SHUTDOWN_CLEANUP));
            // Everything that would only fail once the receipt is written is checked now, before any run
            // and before waiting for another benchmark.
            CheckedRequest checked = useCase.check(request);
            if (request.shard() != null) {
                getLog().info("Shard " + request.shard() + " of benchmark '" + name + "': " + shardPlan(request)
                        + "; the verdict is taken by perfgate:merge over the receipts of all "
                        + request.shard().count()
                        + " shards, so this build fails only on failed runs, timeouts and bad configuration");
            }
            checkOutputs();
            checkPatternStdoutBytes();
            Exclusivity mode = Exclusivity.fromConfigName(exclusive);
            ParallelBuildWarning.warnOnce(session, getLog());
            try (BenchmarkLock lock =
                    BenchmarkLock.acquire(mode, benchmarkName(), MachineBenchmarkLock.defaultFile(), getLog())) {
                MachineWatch machine = MachineWatch.start(
                        new ProcMachineReader(), OtherBenchmarkProbe.of(mode, MachineBenchmarkLock.defaultFile()));
                PairedRunOutcome outcome = ArtifactProvenances.record(useCase.execute(checked), commands);
                return MachineRecord.apply(outcome, machine.stop());
            }
        } catch (CommandStartException e) {
            throw PerfgateErrors.cannotStart(e);
        } catch (HookFailedException e) {
            throw new MojoFailureException("perfgate '" + name + "' failed: " + e.getMessage());
        } catch (CancellationException e) {
            // The runs in flight were killed with all their descendants, before any measured pair was complete.
            throw new MojoExecutionException("perfgate '" + name + "' was interrupted: " + e.getMessage(), e);
        }
    }

    /** "8 measured pairs in its own order (seed ...)": what a shard measures, for its first log line. */
    private static String shardPlan(PairedRunRequest request) {
        return request.shard().pairs(request.repeat(), request.maxPairs()) + " measured pairs in its own order (seed "
                + request.shard().seed(request.seed()) + ")";
    }

    /** Resolves the configured artifacts and puts their paths into the commands, before anything runs. */
    private ArtifactBinding.BoundCommands bindArtifacts() throws InvalidConfigurationException, MojoExecutionException {
        MavenArtifactSource source = new MavenArtifactSource(
                repositorySystem,
                session == null ? null : session.getRepositorySession(),
                project == null ? null : project.getRemoteProjectRepositories(),
                project);
        ArtifactBinding.BoundCommands commands = new ArtifactBinding(source)
                .bind(
                        CommandForms.resolve("baseline", baselineCommand, baseline),
                        CommandForms.resolve("current", currentCommand, current),
                        baselineArtifact,
                        currentArtifact);
        commands.notes().forEach(getLog()::info);
        return commands;
    }

    private void checkPatternStdoutBytes() throws InvalidConfigurationException {
        if (patternStdoutBytes < 1 || patternStdoutBytes > MetricCapturingRunner.MAX_PATTERN_STDOUT_BYTES) {
            throw new InvalidConfigurationException(
                    "patternStdoutBytes",
                    "patternStdoutBytes must be 1 to " + MetricCapturingRunner.MAX_PATTERN_STDOUT_BYTES + ", got "
                            + patternStdoutBytes);
        }
    }

    private PairedRunRequest request(ArtifactBinding.BoundCommands commands) throws InvalidConfigurationException {
        return PairedRunRequest.builder()
                .name(name)
                .workingDirectory(workingDirectory().toPath())
                .baselineCommand(commands.baseline())
                .currentCommand(commands.current())
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
                .thresholds(thresholds())
                .onInconclusive(InconclusivePolicy.fromConfigName(onInconclusive))
                .order(PairOrder.fromConfigName(order))
                .seed(seed)
                .shard(shard == null || shard.isBlank() ? null : Shard.parse(shard))
                .metrics(
                        metrics == null
                                ? List.of()
                                : metrics.stream().map(Metric::toDefinition).toList())
                .maxPairs(maxPairs)
                .maxDuration(
                        maxDuration == null || maxDuration.isBlank()
                                ? null
                                : DurationParser.parse("maxDuration", maxDuration))
                .hooks(HookForms.resolve(new HookForms.Given(
                        setupCommand,
                        setup,
                        cleanupCommand,
                        cleanup,
                        prepareCommand,
                        prepare,
                        baselinePrepareCommand,
                        currentPrepareCommand,
                        concludeCommand,
                        conclude,
                        baselineConcludeCommand,
                        currentConcludeCommand)))
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
            throw new MojoExecutionException(
                    "Two perfgate executions write the same receipt " + receiptFile + ": " + other.get() + " and " + me
                            + ". Give each its own <name> or <outputFile> / -Dperfgate.outputFile.");
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

    /** e.g. {@code benchmark 'startup' (module app)}, for the lock's waiting line. */
    private String benchmarkName() {
        return "benchmark '" + name + "'"
                + (project == null || project.getFile() == null ? "" : " (module " + project.getArtifactId() + ")");
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

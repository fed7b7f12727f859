package dev.perfgate.maven;

import dev.perfgate.merge.MergeStratum;
import dev.perfgate.merge.ReceiptCompatibility;
import dev.perfgate.merge.ReceiptGlobs;
import dev.perfgate.merge.ReceiptSetException;
import dev.perfgate.merge.ReceiptSetReader;
import dev.perfgate.paired.InconclusivePolicy;
import dev.perfgate.paired.InvalidConfigurationException;
import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.paired.ReceiptMerger;
import dev.perfgate.receipt.ReceiptFormatException;
import dev.perfgate.receipt.ReceiptWriter;
import dev.perfgate.receipt.ToolInfo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * One verdict from the receipts of several machines or shards (e.g. the jobs of a CI matrix that each ran
 * {@code perfgate:paired} with {@code -Dperfgate.shard=i/n}). Each receipt's pairs stay together as one
 * stratum: every machine's change is estimated on its own pairs and the estimates are combined by their
 * precision, so a noisy machine does not drown a quiet one; machines that disagree beyond their noise
 * never make a PASS. Writes the merged receipt {@code <name>.paired.json} with every measured pair under
 * {@code target/perfgate}, its Markdown, HTML and JUnit reports with one row per machine, and fails the
 * build exactly as {@code paired} would. Needs no POM.
 *
 * <pre>
 * mvn perfgate:merge -Dperfgate.receipts='shards/**&#47;*.paired.json'
 * </pre>
 *
 * @since 0.3.0
 */
@Mojo(name = "merge", threadSafe = true, requiresProject = false)
public class MergeMojo extends AbstractMojo {

    /**
     * The receipts to merge: files and glob patterns, comma-separated, relative to the current directory,
     * e.g. <code>shards/**&#47;*.paired.json</code> ({@code **} also matches no folder). They must be of one
     * benchmark with the same commands (artifact paths may differ), metrics, thresholds and runner, and each
     * run may be given once. One receipt alone is a valid merge.
     *
     * @since 0.3.0
     */
    @Parameter(property = "perfgate.receipts", required = true)
    private List<String> receipts;

    /**
     * Wall-time threshold in percent; default: the one the receipts recorded.
     *
     * @since 0.3.0
     */
    @Parameter(property = "perfgate.failOnRegression")
    private Double failOnRegression;

    /**
     * CPU-time threshold in percent; default: the one the receipts recorded.
     *
     * @since 0.3.0
     */
    @Parameter(property = "perfgate.failOnCpuRegression")
    private Double failOnCpuRegression;

    /**
     * Peak-memory threshold in percent; default: the one the receipts recorded.
     *
     * @since 0.3.0
     */
    @Parameter(property = "perfgate.failOnMemoryRegression")
    private Double failOnMemoryRegression;

    /**
     * What an INCONCLUSIVE verdict does ({@code warn}, {@code fail}, {@code pass}); default: as recorded.
     *
     * @since 0.3.0
     */
    @Parameter(property = "perfgate.onInconclusive")
    private String onInconclusive;

    /**
     * The chance that an unchanged benchmark FAILs the merge (over all gated metrics together), at least
     * 0.0001 and below 0.5; default: the one the receipts recorded. The merge takes one look at the whole
     * of it: the shards decided nothing.
     *
     * @since 0.3.0
     */
    @Parameter(property = "perfgate.significanceAlpha")
    private Double significanceAlpha;

    /**
     * Where the merged receipt and reports go: <code>&lt;outputDirectory&gt;/&lt;name&gt;.paired.json</code>.
     * Default: <code>target/perfgate</code> under the current directory (or the project's build directory).
     *
     * @since 0.3.0
     */
    @Parameter(property = "perfgate.outputDirectory", defaultValue = "${project.build.directory}/perfgate")
    private File outputDirectory;

    /**
     * Skip the merge.
     *
     * @since 0.3.0
     */
    @Parameter(property = "perfgate.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping perfgate:merge because skip is true (<skip> / -Dperfgate.skip)");
            return;
        }
        Path base = (basedir != null ? basedir.toPath() : Path.of("")).toAbsolutePath();
        PairedRunOutcome outcome;
        try {
            InconclusivePolicy policy = onInconclusive == null || onInconclusive.isBlank() ? null
                    : InconclusivePolicy.fromConfigName(onInconclusive);
            List<Path> files = ReceiptGlobs.expand(receipts == null ? List.of() : receipts, base);
            List<MergeStratum> strata = new ReceiptSetReader().read(files, base, new ReceiptCompatibility.Overridden(
                    failOnRegression != null, failOnCpuRegression != null, failOnMemoryRegression != null,
                    policy != null, significanceAlpha != null));
            getLog().info("Merging " + strata.size() + (strata.size() == 1 ? " receipt" : " receipts")
                    + ", each its own stratum: " + String.join(", ", strata.stream().map(MergeStratum::name).toList()));
            outcome = new ReceiptMerger(new ToolInfo("perfgate-maven-plugin", pluginVersion)).merge(strata, new ReceiptMerger.Overrides(failOnRegression,
                    failOnCpuRegression, failOnMemoryRegression, policy, significanceAlpha));
        } catch (InvalidConfigurationException e) {
            throw PerfgateErrors.invalidConfiguration(e);
        } catch (ReceiptSetException e) {
            throw new MojoExecutionException(e.getMessage() + " (<receipts> / -Dperfgate.receipts)", e);
        } catch (ReceiptFormatException e) {
            throw new MojoExecutionException("Cannot merge the receipts: " + e.getMessage(), e);
        }
        Path directory = (outputDirectory != null ? outputDirectory.toPath() : base.resolve("target/perfgate"))
                .toAbsolutePath();
        Path file = directory.resolve(outcome.receipt().bench().name() + ".paired.json");
        try {
            new ReceiptWriter().write(outcome.receipt(), file, true);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the merged receipt " + file + ": " + e.getMessage(), e);
        }
        getLog().info("Merged receipt: " + file);
        new OutcomeReport(getLog()).report(outcome, file, new ReportChoices(true, true, true, true, false));
        OutcomeReport.failIfFailed(outcome, file);
    }
}

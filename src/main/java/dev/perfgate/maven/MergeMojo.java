package dev.perfgate.maven;

import dev.perfgate.merge.MergeStratum;
import dev.perfgate.merge.ReceiptCompatibility;
import dev.perfgate.merge.ReceiptGlobs;
import dev.perfgate.merge.ReceiptSetException;
import dev.perfgate.merge.ReceiptSetReader;
import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.paired.ReceiptMerger;
import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.receipt.ReceiptFormatException;
import dev.perfgate.receipt.ReceiptWriter;
import dev.perfgate.receipt.SafeFileNames;
import dev.perfgate.receipt.Thresholds;
import dev.perfgate.receipt.ToolInfo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * One verdict from the receipts of several machines or shards (e.g. the jobs of a CI matrix that each ran
 * {@code perfgate:paired} with {@code -Dperfgate.shard=i/n}). Each receipt's pairs stay together as one
 * stratum: every machine's change is estimated on its own pairs and the estimates are combined by their
 * precision, so a noisy machine does not drown a quiet one; machines that disagree beyond their noise
 * make the verdict INCONCLUSIVE (never a PASS by averaging; a FAIL only when no machine's own interval
 * clears the change). Writes the merged receipt {@code <name>.paired.json} with every measured pair under
 * {@code target/perfgate}, its Markdown, HTML and JUnit reports with one row per machine, and fails the
 * build exactly as {@code paired} would. Needs no POM. The thresholds ({@code failOnRegression} and the
 * others), {@code onInconclusive} and {@code significanceAlpha} are the receipts' own unless set here.
 *
 * <pre>
 * mvn perfgate:merge -Dperfgate.receipts='shards/**&#47;*.paired.json'
 * </pre>
 *
 * @since 0.3.0
 */
@Mojo(name = "merge", threadSafe = true, requiresProject = false)
public class MergeMojo extends AbstractPerfgateMojo {

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

    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    protected String goal() {
        return "merge";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException, InvalidConfigurationException {
        Path base = (basedir != null ? basedir.toPath() : Path.of("")).toAbsolutePath();
        Thresholds thresholds = thresholds();
        PairedRunOutcome outcome;
        try {
            InconclusivePolicy policy = onInconclusive == null || onInconclusive.isBlank()
                    ? null
                    : InconclusivePolicy.fromConfigName(onInconclusive);
            List<Path> files = ReceiptGlobs.expand(receipts == null ? List.of() : receipts, base);
            List<MergeStratum> strata = new ReceiptSetReader()
                    .read(
                            files,
                            base,
                            new ReceiptCompatibility.Overridden(thresholds, policy != null, significanceAlpha != null));
            getLog().info("Merging " + strata.size() + (strata.size() == 1 ? " receipt" : " receipts")
                    + ", each its own stratum: "
                    + String.join(", ", strata.stream().map(MergeStratum::name).toList()));
            outcome = new ReceiptMerger(
                            new ToolInfo("perfgate-maven-plugin", pluginVersion), PerfgateErrors.SETTING_NAMES)
                    .merge(strata, new ReceiptMerger.Overrides(thresholds, policy, significanceAlpha));
        } catch (ReceiptSetException e) {
            throw new MojoExecutionException(e.getMessage() + " (<receipts> / -Dperfgate.receipts)", e);
        } catch (ReceiptFormatException e) {
            throw new MojoExecutionException("Cannot merge the receipts: " + e.getMessage(), e);
        }
        // Without a POM, Maven's stand-in project leaves the default uninterpolated ("${project.basedir}/..."):
        // then target/perfgate in the directory Maven runs in, as documented.
        boolean usable = outputDirectory != null && !outputDirectory.getPath().contains("${");
        Path directory = (usable ? outputDirectory.toPath() : base.resolve("target/perfgate")).toAbsolutePath();
        // bench.name comes from a downloaded receipt: the reader checked it, and this is the last guard.
        Path file = SafeFileNames.fileIn(directory, outcome.receipt().bench().name() + ".paired.json");
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

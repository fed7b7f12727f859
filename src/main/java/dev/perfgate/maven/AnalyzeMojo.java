package dev.perfgate.maven;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.paired.ReceiptAnalyzer;
import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.receipt.ReceiptFormatException;
import dev.perfgate.receipt.ReceiptReader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Judges an existing receipt again without running anything: re-analyses its measured pairs with the
 * settings it recorded (the same numbers as the run that wrote it), or with other thresholds given here,
 * prints the summary and fails the build when the gate says so. The receipt file itself is not changed.
 *
 * <pre>
 * mvn perfgate:analyze -Dperfgate.name=startup -Dperfgate.failOnRegression=3
 * </pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "analyze", threadSafe = true, requiresProject = false)
public class AnalyzeMojo extends AbstractPerfgateMojo {

    // <code>, not {@code}: the braces of ${...} would end {@code} early and lose the rest in the help.
    /**
     * The receipt to judge. Default: <code>${project.build.directory}/perfgate/&lt;name&gt;.paired.json</code>, where
     * {@code perfgate:paired} writes it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.receiptFile")
    private File receiptFile;

    /**
     * What an INCONCLUSIVE verdict does ({@code warn}, {@code fail}, {@code pass}); default: as recorded.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.onInconclusive")
    private String onInconclusive;

    /**
     * Write the re-judged outcome as HTML beside the receipt (<code>&lt;name&gt;.paired.html</code>, replacing
     * the one <code>perfgate:paired</code> wrote). Off by default: analyze only reads.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.html", defaultValue = "false")
    private boolean html;

    /**
     * Write the re-judged outcome as a JUnit XML report beside the receipt
     * (<code>TEST-perfgate-&lt;name&gt;.xml</code>, replacing the one <code>perfgate:paired</code> wrote), e.g.
     * to publish a CI check of a receipt. Off by default: analyze only reads.
     *
     * @since 0.1.0
     */
    @Parameter(property = "perfgate.junitXml", defaultValue = "false")
    private boolean junitXml;

    @Override
    protected String goal() {
        return "analyze";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException, InvalidConfigurationException {
        Path file = ReceiptLocation.of(receiptFile, buildDirectory, name);
        ReceiptReader.LoadedReceipt loaded = read(file);
        PairedRunOutcome outcome;
        try {
            ReceiptAnalyzer analyzer = new ReceiptAnalyzer(PerfgateErrors.SETTING_NAMES);
            ReceiptAnalyzer.Overrides overrides = new ReceiptAnalyzer.Overrides(
                    thresholds(),
                    onInconclusive == null || onInconclusive.isBlank()
                            ? null
                            : InconclusivePolicy.fromConfigName(onInconclusive));
            loaded.notes().forEach(note -> getLog().warn(note));
            analyzer.assumptions(loaded.receipt(), overrides).ifPresent(getLog()::info);
            outcome = analyzer.judge(loaded.receipt(), overrides);
        } catch (ReceiptFormatException e) {
            throw cannotJudge(file, e);
        }
        getLog().info("Re-analysed " + file + " (nothing was run)");
        new OutcomeReport(getLog()).report(outcome, file, new ReportChoices(false, false, html, junitXml, false));
        OutcomeReport.failIfFailed(outcome, file);
    }

    private static ReceiptReader.LoadedReceipt read(Path file) throws MojoExecutionException {
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException("No receipt at " + file + ". Run perfgate:paired first, or point"
                    + " <receiptFile> / -Dperfgate.receiptFile (or <name> / -Dperfgate.name) at one.");
        }
        try {
            return new ReceiptReader().load(file);
        } catch (ReceiptFormatException e) {
            throw cannotJudge(file, e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the receipt " + file + ": " + e.getMessage(), e);
        }
    }

    /** e.g. {@code Cannot judge the receipt x.json: samples[3].baseline.timed_out is missing; …}. */
    private static MojoExecutionException cannotJudge(Path file, ReceiptFormatException e) {
        return new MojoExecutionException("Cannot judge the receipt " + file + ": " + e.getMessage() + ".", e);
    }
}

package dev.perfgate.paired.gate;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.VerdictReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gate's view of the measured pairs at one look.
 *
 * @param analysis          per metric key ({@code wall_time}, …), the analysis and its decision
 * @param decided           whether more pairs are pointless: a PASS or FAIL (or, with no threshold,
 *                          a wall-time change distinguishable from zero)
 * @param undecidedBecause  why more pairs would help, for the undecided-look log line
 * @param noiseCv           v1's CV of the wall differences, for {@code cvThreshold}
 * @param failureReasons    reasons the build must fail on, empty when it may pass
 * @param warnings          what the user should know though the build passes
 */
public record GateEvaluation(
        VerdictReport verdict,
        Map<String, MetricAnalysisReport> analysis,
        boolean decided,
        String undecidedBecause,
        double noiseCv,
        List<String> failureReasons,
        List<String> warnings) {

    /** The same evaluation with a note (e.g. why the looks stopped) added to the verdict and the warnings. */
    public GateEvaluation withNote(String note) {
        List<String> reasons = new ArrayList<>(verdict.reasons());
        reasons.add(note);
        List<String> moreWarnings = new ArrayList<>(warnings);
        moreWarnings.add(note);
        return new GateEvaluation(
                verdict.withReasons(reasons),
                analysis,
                decided,
                undecidedBecause,
                noiseCv,
                failureReasons,
                moreWarnings);
    }
}

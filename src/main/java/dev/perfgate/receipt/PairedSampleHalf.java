package dev.perfgate.receipt;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/**
 * One run of one side within a pair. The first six fields are v1; the rest are added by this plugin
 * and omitted when the runner could not measure them.
 *
 * @param wallNs                 exact wall time in nanoseconds ({@code wall_ms} is it rounded)
 * @param userUs                 user CPU time in microseconds
 * @param sysUs                  system CPU time in microseconds
 * @param maxRssSource           how {@code max_rss_kb} was obtained
 * @param position               {@code first} or {@code second}: when this side ran within its pair
 * @param signal                 name of the signal that ended the run, e.g. {@code SIGSEGV}, where the
 *                               runner knows it ({@code exit_code} then holds its number, as upstream writes it)
 * @param metrics                values of the configured {@code <metrics>} read from this run, by name
 * @param metricErrors           why a configured metric could not be read from this run (a failed run)
 */
public record PairedSampleHalf(
        long wallMs,
        int exitCode,
        boolean timedOut,
        Long maxRssKb,
        String stdout,
        String stderr,
        long wallNs,
        Long userUs,
        Long sysUs,
        Long minorFaults,
        Long majorFaults,
        Long voluntaryCtxSwitches,
        Long involuntaryCtxSwitches,
        Long blockIn,
        Long blockOut,
        String maxRssSource,
        String position,
        String signal,
        Map<String, Double> metrics,
        List<String> metricErrors) {

    /** {@code position} of the side that ran first within its pair. */
    public static final String FIRST = "first";
    /** {@code position} of the side that ran second within its pair. */
    public static final String SECOND = "second";

    /** A half without metrics read from the output. */
    public PairedSampleHalf(
            long wallMs,
            int exitCode,
            boolean timedOut,
            Long maxRssKb,
            String stdout,
            String stderr,
            long wallNs,
            Long userUs,
            Long sysUs,
            Long minorFaults,
            Long majorFaults,
            Long voluntaryCtxSwitches,
            Long involuntaryCtxSwitches,
            Long blockIn,
            Long blockOut,
            String maxRssSource,
            String position,
            String signal) {
        this(
                wallMs,
                exitCode,
                timedOut,
                maxRssKb,
                stdout,
                stderr,
                wallNs,
                userUs,
                sysUs,
                minorFaults,
                majorFaults,
                voluntaryCtxSwitches,
                involuntaryCtxSwitches,
                blockIn,
                blockOut,
                maxRssSource,
                position,
                signal,
                null,
                null);
    }

    /** A half without a signal or metrics read from the output. */
    public PairedSampleHalf(
            long wallMs,
            int exitCode,
            boolean timedOut,
            Long maxRssKb,
            String stdout,
            String stderr,
            long wallNs,
            Long userUs,
            Long sysUs,
            Long minorFaults,
            Long majorFaults,
            Long voluntaryCtxSwitches,
            Long involuntaryCtxSwitches,
            Long blockIn,
            Long blockOut,
            String maxRssSource,
            String position) {
        this(
                wallMs,
                exitCode,
                timedOut,
                maxRssKb,
                stdout,
                stderr,
                wallNs,
                userUs,
                sysUs,
                minorFaults,
                majorFaults,
                voluntaryCtxSwitches,
                involuntaryCtxSwitches,
                blockIn,
                blockOut,
                maxRssSource,
                position,
                null,
                null,
                null);
    }

    /** User plus system CPU time in microseconds, or {@code null} when not measured. */
    @JsonIgnore
    public Long cpuUs() {
        return userUs == null || sysUs == null ? null : userUs + sysUs;
    }
}

package dev.perfgate.report;

import dev.perfgate.receipt.PairedRunReceipt;

/**
 * A status in words and symbols, never colour alone: ✔ PASS, ✖ FAIL, ? INCONCLUSIVE, ℹ REPORT, and what
 * each means, for the reports' legends.
 */
final class StatusText {

    private StatusText() {}

    static String badge(String status) {
        return switch (status) {
            case "pass" -> "✔ PASS";
            case "fail" -> "✖ FAIL";
            case "inconclusive" -> "? INCONCLUSIVE";
            case "interrupted" -> "⏹ INTERRUPTED";
            default -> "ℹ " + status.toUpperCase(java.util.Locale.ROOT);
        };
    }

    static String meaning(String status) {
        return switch (status) {
            case "pass" -> "PASS: the whole interval lies below the threshold.";
            case "fail" -> "FAIL: the change is real (interval above 0) and bigger than the threshold.";
            case "inconclusive" -> "INCONCLUSIVE: the pairs cannot tell yet; more pairs would likely decide it.";
            case "interrupted" ->
                "INTERRUPTED: the build was stopped; the complete pairs are kept, no verdict was taken.";
            default -> "REPORT: no threshold, figures only.";
        };
    }

    /** The run's status: its verdict's, {@code interrupted} for a cut-short run (no verdict), else {@code report}. */
    static String of(PairedRunReceipt receipt) {
        if (receipt.verdict() != null) {
            return receipt.verdict().status();
        }
        return receipt.run().interrupted() != null ? "interrupted" : "report";
    }
}

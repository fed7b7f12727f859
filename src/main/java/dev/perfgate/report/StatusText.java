package dev.perfgate.report;

/**
 * A status in words and symbols, never colour alone: ✔ PASS, ✖ FAIL, ? INCONCLUSIVE, ℹ REPORT, and what
 * each means, for the reports' legends.
 */
final class StatusText {

    private StatusText() {
    }

    static String badge(String status) {
        return switch (status) {
            case "pass" -> "✔ PASS";
            case "fail" -> "✖ FAIL";
            case "inconclusive" -> "? INCONCLUSIVE";
            default -> "ℹ " + status.toUpperCase(java.util.Locale.ROOT);
        };
    }

    static String meaning(String status) {
        return switch (status) {
            case "pass" -> "PASS: the whole interval lies below the threshold.";
            case "fail" -> "FAIL: the change is real (interval above 0) and bigger than the threshold.";
            case "inconclusive" -> "INCONCLUSIVE: the pairs cannot tell yet; more pairs would likely decide it.";
            default -> "REPORT: no threshold, figures only.";
        };
    }
}

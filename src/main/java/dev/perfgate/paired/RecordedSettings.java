package dev.perfgate.paired;

import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.paired.config.PlainNumbers;
import dev.perfgate.paired.config.SettingNames;
import dev.perfgate.paired.gate.GatedMetric;
import dev.perfgate.receipt.PairedDiffSummary;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.ReceiptFormatException;
import dev.perfgate.receipt.RunConfig;
import dev.perfgate.receipt.Thresholds;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings a receipt is judged with: its own {@code config}, checked (a hand-edited or foreign receipt
 * may say {@code looks: 0} or {@code alpha 5}), or — for a receipt with no {@code config}, as upstream
 * perfgate writes them — the assumptions docs/usage.md documents: alpha from
 * {@code stats.wall_diff_ms.significance.alpha} (else 0.05), one look, {@code bench.repeat} and
 * {@code bench.warmup}, no thresholds (they come from the overrides), {@code onInconclusive=warn}.
 */
final class RecordedSettings {

    static final double DEFAULT_ALPHA = 0.05;

    private RecordedSettings() {}

    /** The receipt's config, or the assumed one; either checked. */
    static RunConfig of(PairedRunReceipt receipt) throws ReceiptFormatException {
        RunConfig config = receipt.config() != null ? receipt.config() : assumed(receipt);
        check(config);
        return config;
    }

    /** One line saying what was assumed, or {@code null} when the receipt recorded its settings. */
    static String assumptions(PairedRunReceipt receipt, RunConfig judgedWith, SettingNames names) {
        if (receipt.config() != null) {
            return null;
        }
        String alphaFrom = significanceAlpha(receipt) != null
                ? "from stats.wall_diff_ms.significance.alpha"
                : "the default: the receipt records none";
        return String.format(
                Locale.ROOT,
                "The receipt has no config block (upstream perfgate writes none), so"
                        + " perfgate assumed: alpha %s (%s), one look, %d measured and %d warmup pairs (bench.repeat,"
                        + " bench.warmup), %s, onInconclusive=%s, nonzero exits fail.",
                PlainNumbers.plain(judgedWith.significanceAlpha()),
                alphaFrom,
                judgedWith.requestedRepeat(),
                judgedWith.warmup(),
                thresholds(judgedWith, names),
                judgedWith.onInconclusive());
    }

    private static RunConfig assumed(PairedRunReceipt receipt) {
        Double recorded = significanceAlpha(receipt);
        double alpha = recorded != null ? recorded : DEFAULT_ALPHA;
        // One look at upstream's own two-sided level: its interval is the one upstream judged.
        return RunConfig.builder()
                .requestedRepeat(receipt.bench().repeat())
                .warmup(receipt.bench().warmup())
                .significanceAlpha(alpha)
                .looks(1)
                .alphaPerLook(alpha)
                .onInconclusive(InconclusivePolicy.WARN.configName())
                .runner(receipt.run().runner())
                .timeoutMs(receipt.bench().timeoutMs())
                .build();
    }

    private static Double significanceAlpha(PairedRunReceipt receipt) {
        PairedDiffSummary wall = receipt.stats().wallDiffMs();
        return wall.significance() == null ? null : wall.significance().alpha();
    }

    private static void check(RunConfig c) throws ReceiptFormatException {
        alpha("config.significance_alpha", c.significanceAlpha());
        if (c.looks() < 1) {
            throw new ReceiptFormatException(
                    "config.looks",
                    "config.looks is " + c.looks()
                            + "; a run looks at its pairs at least once, so it must be 1 or more");
        }
        alpha("config.alpha_per_look", c.alphaPerLook());
        Optional<String> invalid = c.thresholds().firstInvalid();
        if (invalid.isPresent()) {
            String field = "config." + Thresholds.receiptField(invalid.get());
            throw new ReceiptFormatException(
                    field,
                    field + " is "
                            + PlainNumbers.plain(c.thresholds().bySetting().get(invalid.get())) + "; "
                            + Thresholds.RULE);
        }
        try {
            InconclusivePolicy.fromConfigName(c.onInconclusive());
        } catch (InvalidConfigurationException e) {
            throw new ReceiptFormatException(
                    "config.on_inconclusive",
                    "config.on_inconclusive is '" + c.onInconclusive() + "'; it must be warn, fail or pass");
        }
    }

    private static void alpha(String field, double alpha) throws ReceiptFormatException {
        if (!(alpha > 0 && alpha < 1)) {
            throw new ReceiptFormatException(
                    field,
                    field + " is " + PlainNumbers.plain(alpha)
                            + "; a significance level must lie between 0 and 1, e.g. 0.05");
        }
    }

    private static String thresholds(RunConfig c, SettingNames names) {
        StringBuilder given = new StringBuilder();
        for (GatedMetric metric : GatedMetric.values()) {
            append(given, metric.label(), c.thresholds().of(metric.key()));
        }
        return given.length() == 0
                ? "no threshold (none given with " + names.of("failOnRegression") + " and the like: figures only)"
                : "thresholds from " + names.of("failOn…") + ": " + given;
    }

    private static void append(StringBuilder given, String label, Double threshold) {
        if (threshold != null) {
            given.append(given.length() == 0 ? "" : ", ")
                    .append(label)
                    .append(' ')
                    .append(PlainNumbers.plain(threshold))
                    .append('%');
        }
    }
}

package dev.perfgate.report;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.receipt.MachineState;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import dev.perfgate.receipt.RunConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome as one self-contained HTML page: inline CSS and SVG, no script, no external reference, so
 * it opens from a CI artifact or a local disk. The verdict and its reasons first; then per analysed
 * metric (iterated from the receipt's {@code analysis}, so new metrics appear without changes here) the
 * run values in run order, the per-pair changes with estimate, interval and threshold, and the noise
 * figures; then the configuration and a table of the runs. Values show on hover (SVG titles).
 */
public final class HtmlReport {

    private HtmlReport() {}

    public static String render(PairedRunOutcome outcome) {
        PairedRunReceipt receipt = outcome.receipt();
        String status = StatusText.of(receipt);
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>perfgate ")
                .append(Html.escape(receipt.bench().name()))
                .append(": ")
                .append(status.toUpperCase(Locale.ROOT))
                .append("</title>\n<style>")
                .append(HtmlStyle.CSS)
                .append("</style>\n")
                .append("</head>\n<body>\n<main>\n");
        verdict(html, outcome, status);
        List<PairedSample> measured = receipt.measuredSamples();
        Map<String, MetricAnalysisReport> analysis = receipt.analysis() == null ? Map.of() : receipt.analysis();
        html.append(StrataReport.html(receipt));
        analysis.forEach((key, a) -> {
            if (!BenchmarkRows.isBenchmark(receipt, key)) {
                metric(html, key, a, receipt.samples(), measured);
            }
        });
        suite(html, receipt);
        MetricRunValues.section(html, receipt);
        configuration(html, receipt);
        runs(html, receipt);
        html.append("<footer>")
                .append(Html.escape(receipt.tool().name()))
                .append(' ')
                .append(Html.escape(receipt.tool().version()))
                .append(" · receipt ")
                .append(Html.escape(receipt.schema()))
                .append(" · run ")
                .append(Html.escape(receipt.run().id()))
                .append("</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void verdict(StringBuilder html, PairedRunOutcome outcome, String status) {
        PairedRunReceipt receipt = outcome.receipt();
        html.append("<header class=\"verdict ")
                .append(Html.escape(status))
                .append("\">\n<h1><span class=\"badge ")
                .append(Html.escape(status))
                .append("\">")
                .append(StatusText.badge(status))
                .append("</span> perfgate <code>")
                .append(Html.escape(receipt.bench().name()))
                .append("</code></h1>\n");
        html.append("<p class=\"build\">")
                .append(outcome.failed() ? "The build fails." : "The build passes.")
                .append(' ')
                .append(Html.escape(StatusText.meaning(status)))
                .append("</p>\n<ul class=\"reasons\">\n");
        List<String> lines = new ArrayList<>();
        if (receipt.verdict() != null) {
            // a suite's benchmarks are in its forest plot, not one line each here
            receipt.verdict().reasons().stream()
                    .filter(r -> !BenchmarkRows.aboutABenchmark(receipt, r))
                    .forEach(lines::add);
        }
        outcome.reasons().stream().filter(r -> !lines.contains(r)).forEach(lines::add);
        lines.forEach(line -> html.append("<li>").append(Html.escape(line)).append("</li>\n"));
        outcome.warnings().stream()
                .filter(w -> !lines.contains(w))
                .forEach(w -> html.append("<li class=\"warning\">⚠ ")
                        .append(Html.escape(w))
                        .append("</li>\n"));
        if (receipt.run().interrupted() != null) {
            html.append("<li>Interrupted at ")
                    .append(Html.escape(receipt.run().interrupted().at()))
                    .append(": ")
                    .append(Html.escape(receipt.run().interrupted().reason()))
                    .append("</li>\n");
        }
        html.append("</ul>\n<p class=\"meta\">")
                .append(receipt.bench().repeat())
                .append(" measured pairs, ")
                .append(receipt.bench().warmup())
                .append(" warmup · runner ")
                .append(
                        receipt.run().runner() == null
                                ? "not recorded"
                                : Html.escape(receipt.run().runner()))
                .append(" · started ")
                .append(Html.escape(receipt.run().startedAt()))
                .append("</p>\n");
        machine(html, receipt.run().machine());
        html.append("</header>\n");
    }

    /** Beside the verdict: the machine's state in one line, and what made it unfit to measure on. */
    private static void machine(StringBuilder html, MachineState machine) {
        if (machine == null) {
            return;
        }
        html.append("<p class=\"machine\">machine: <strong>")
                .append(MachineText.headline(machine))
                .append("</strong>");
        MachineText.figures(machine).forEach(f -> html.append(" · ").append(Html.escape(f)));
        html.append("</p>\n");
        List<String> concerns = MachineText.concerns(machine);
        if (!concerns.isEmpty()) {
            html.append("<ul class=\"machine-concerns\">\n");
            concerns.forEach(c -> html.append("<li>").append(Html.escape(c)).append("</li>\n"));
            html.append("</ul>\n");
        }
    }

    /** A JMH suite: the forest plot of its benchmarks, worst first, and those that could not be compared. */
    private static void suite(StringBuilder html, PairedRunReceipt receipt) {
        List<BenchmarkRow> rows = new ArrayList<>(BenchmarkRows.of(receipt));
        if (rows.isEmpty()) {
            return;
        }
        rows.sort(BenchmarkRow.WORST_FIRST);
        html.append("<section class=\"metric suite\">\n<h2>JMH benchmarks</h2>\n<div class=\"figure\">")
                .append(ForestPlot.render("Every benchmark's change with its interval and threshold", rows))
                .append("</div>\n");
        List<String> notCompared = BenchmarkRows.notCompared(receipt);
        if (!notCompared.isEmpty()) {
            html.append("<p>Not compared:</p>\n<ul>\n");
            notCompared.forEach(
                    line -> html.append("<li>").append(Html.escape(line)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static void metric(
            StringBuilder html,
            String key,
            MetricAnalysisReport a,
            List<PairedSample> all,
            List<PairedSample> measured) {
        MetricValues values = MetricValues.of(key).orElse(null);
        html.append("<section class=\"metric\" id=\"metric-")
                .append(Html.escape(key))
                .append("\">\n<h2>")
                .append(Html.escape(MetricNames.label(key)))
                .append(" <span class=\"badge ")
                .append(Html.escape(a.status()))
                .append("\">")
                .append(StatusText.badge(a.status()))
                .append("</span></h2>\n");
        html.append("<p class=\"headline\"><strong>")
                .append(MetricFigures.ownEstimate(a))
                .append("</strong> ")
                .append(MetricFigures.ownInterval(a))
                .append(a.higherIsBetter() ? " (higher is better)" : "")
                .append(" at ")
                .append(Html.escape(MetricFigures.confidence(a)))
                .append(" confidence · threshold ")
                .append(MetricFigures.ownThreshold(a, "none"));
        MetricFigures.medians(key, measured).ifPresent(m -> html.append(" · ").append(Html.escape(m)));
        html.append("</p>\n");
        if (a.reason() != null) {
            html.append("<p class=\"reason\">").append(Html.escape(a.reason())).append("</p>\n");
        }
        html.append("<div class=\"charts\">\n");
        if (values != null) {
            html.append("<figure>")
                    .append(ValuesChart.render(key, values, all))
                    .append("<figcaption>Every run in run order; hover a point for its value.</figcaption></figure>\n");
        }
        html.append("<figure>")
                .append(ChangesChart.render(key, a, ChangesChart.changes(key, measured), measured))
                .append(
                        "<figcaption>Change of each measured pair; the gate judges the interval against the threshold.</figcaption></figure>\n");
        html.append("</div>\n");
        noise(html, a);
        html.append("</section>\n");
    }

    private static void noise(StringBuilder html, MetricAnalysisReport a) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("pairs analysed", Long.toString(a.n()));
        rows.put("detectable change (80% power)", a.mdePct() == null ? "—" : MetricFigures.pct(a.mdePct()));
        if (a.pairsLikelyNeeded() != null) {
            rows.put("pairs likely needed", a.pairsLikelyNeeded().toString());
        }
        if (a.noise() != null) {
            rows.put(
                    "noise: robust CV of the changes",
                    MetricFigures.pct(a.noise().logRatioRobustCvPct()));
            rows.put(
                    "noise: robust CV baseline / current",
                    MetricFigures.pct(a.noise().baselineRobustCvPct()) + " / "
                            + MetricFigures.pct(a.noise().currentRobustCvPct()));
            rows.put("outliers (kept)", Long.toString(a.noise().outliers()));
            rows.put(
                    "drift over the run",
                    String.format(
                            Locale.ROOT,
                            "rho %+.2f%s%s",
                            a.noise().driftRho(),
                            a.noise().driftPValue() == null
                                    ? ""
                                    : String.format(
                                            Locale.ROOT, ", p %.3f", a.noise().driftPValue()),
                            a.noise().drifting() ? " — drifting: the machine changed during the run" : ""));
        }
        if (a.orderEffect() != null) {
            rows.put(
                    "order effect (first minus second run)",
                    MetricFigures.signedPct(a.orderEffect().firstMinusSecondPct())
                            + " (" + a.orderEffect().baselineFirstPairs() + " baseline-first, "
                            + a.orderEffect().currentFirstPairs()
                            + " current-first pairs)");
        }
        if (a.tTest() != null) {
            rows.put(
                    "paired t (for comparison)",
                    MetricFigures.ownTTest(a)
                            + (a.tTest().pValue() == null
                                    ? ""
                                    : String.format(
                                            Locale.ROOT, ", p %.4f", a.tTest().pValue())));
        }
        keyValues(html, "noise", rows);
    }

    private static void configuration(StringBuilder html, PairedRunReceipt receipt) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("baseline command", String.join(" ", receipt.bench().baselineCommand()));
        rows.put("current command", String.join(" ", receipt.bench().currentCommand()));
        if (receipt.config() != null) {
            HookText.commands(receipt.config().hooks())
                    .forEach((label, argv) -> rows.put(label, String.join(" ", argv)));
        }
        if (receipt.bench().cwd() != null) {
            rows.put("working directory", receipt.bench().cwd());
        }
        RunConfig c = receipt.config();
        if (c != null) {
            rows.put("pairs measured / warmup", receipt.bench().repeat() + " / " + c.warmup());
            rows.put(
                    "significance alpha",
                    c.significanceAlpha() + " over the whole run (two-sided level of the deciding look: "
                            + c.alphaPerLook() + ")");
            if (c.plannedLooks() != null) {
                rows.put("planned looks (pairs)", c.plannedLooks() + ", " + c.alphaSpending() + " alpha spending");
                rows.put(
                        "looks taken / why the run stopped",
                        c.looksTaken() + " / " + c.stopReason().replace('_', ' '));
                rows.put(
                        "budget",
                        c.maxPairs() + " pairs"
                                + (c.maxDurationMs() == null ? "" : ", " + c.maxDurationMs() / 1000.0 + " s"));
            } else {
                rows.put("looks", String.valueOf(c.looks()));
            }
            rows.put(
                    "thresholds: wall / CPU / memory",
                    c.thresholds().bySetting().values().stream()
                            .map(HtmlReport::threshold)
                            .collect(java.util.stream.Collectors.joining(" / ")));
            rows.put("on inconclusive", c.onInconclusive());
            rows.put("order (seed)", c.order() + " (" + c.seed() + ")");
            rows.put("runner", c.runner());
            rows.put("nonzero exit codes", c.allowNonzero() ? "allowed" : "fail the build");
            rows.put("timeout", c.timeoutMs() == null ? "none" : c.timeoutMs() + " ms");
        }
        if (receipt.run().host() != null) {
            rows.put(
                    "host",
                    receipt.run().host().os() + " " + receipt.run().host().arch()
                            + (receipt.run().host().cpuCount() == null
                                    ? ""
                                    : ", " + receipt.run().host().cpuCount() + " CPUs"));
        }
        html.append("<section class=\"config\">\n<h2>Configuration</h2>\n");
        keyValues(html, "config", rows);
        html.append("</section>\n");
    }

    private static String threshold(Double pct) {
        return pct == null ? "—" : MetricFigures.pct(pct);
    }

    private static void runs(StringBuilder html, PairedRunReceipt receipt) {
        boolean cpu = receipt.samples().stream().anyMatch(s -> s.baseline().cpuUs() != null);
        boolean memory = receipt.samples().stream().anyMatch(s -> s.baseline().maxRssKb() != null);
        html.append(
                        "<section class=\"runs\">\n<h2>Runs</h2>\n<div class=\"scroll\"><table class=\"runs\">\n<thead><tr>")
                .append(
                        "<th>pair</th><th>kind</th><th>first</th><th>baseline wall</th><th>current wall</th><th>change</th>");
        if (cpu) {
            html.append("<th>baseline CPU</th><th>current CPU</th>");
        }
        if (memory) {
            html.append("<th>baseline peak</th><th>current peak</th>");
        }
        html.append("<th>exit b / c</th></tr></thead>\n<tbody>\n");
        for (PairedSample s : receipt.samples()) {
            html.append("<tr class=\"")
                    .append(s.warmup() ? "warmup" : "measured")
                    .append("\"><td>")
                    .append(s.pairIndex() + 1)
                    .append("</td><td>")
                    .append(s.warmup() ? "warmup" : "measured")
                    .append("</td><td>")
                    .append(
                            s.baseline().position() == null
                                    ? "—"
                                    : "first".equals(s.baseline().position()) ? "baseline" : "current")
                    .append("</td><td>")
                    .append(Durations.nanos(s.baseline().wallNs()))
                    .append("</td><td>")
                    .append(Durations.nanos(s.current().wallNs()))
                    .append("</td><td>")
                    .append(
                            s.baseline().wallNs() > 0
                                    ? MetricFigures.signedPct(((double)
                                                                    s.current().wallNs()
                                                            / s.baseline().wallNs()
                                                    - 1)
                                            * 100)
                                    : "—")
                    .append("</td>");
            if (cpu) {
                html.append("<td>")
                        .append(cpuText(s.baseline()))
                        .append("</td><td>")
                        .append(cpuText(s.current()))
                        .append("</td>");
            }
            if (memory) {
                html.append("<td>")
                        .append(memoryText(s.baseline()))
                        .append("</td><td>")
                        .append(memoryText(s.current()))
                        .append("</td>");
            }
            html.append("<td>")
                    .append(exit(s.baseline()))
                    .append(" / ")
                    .append(exit(s.current()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n</section>\n");
    }

    private static String cpuText(PairedSampleHalf h) {
        return h.cpuUs() == null ? "—" : Durations.nanos(h.cpuUs() * 1000.0);
    }

    private static String memoryText(PairedSampleHalf h) {
        return h.maxRssKb() == null ? "—" : Durations.kibibytes(h.maxRssKb());
    }

    private static String exit(PairedSampleHalf h) {
        return h.timedOut() ? "timed out" : Integer.toString(h.exitCode());
    }

    private static void keyValues(StringBuilder html, String css, Map<String, String> rows) {
        html.append("<table class=\"kv ").append(css).append("\">\n");
        rows.forEach((k, v) -> html.append("<tr><th>")
                .append(Html.escape(k))
                .append("</th><td>")
                .append(Html.escape(v))
                .append("</td></tr>\n"));
        html.append("</table>\n");
    }
}

package dev.perfgate.report;

import dev.perfgate.receipt.MergeReport;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedRunReceipt;
import java.util.Locale;

/**
 * A merged receipt's machines, above the merged result: per metric, one row per receipt (stratum) with its
 * own estimate, interval and weight in the merge. Markdown rows for the job summary; in HTML also a forest
 * plot (each machine's interval, its square sized by its weight, the merged interval as a diamond).
 * Stratum names are file paths from the merge's command line, quoted like any other text. Every figure is in
 * the metric's own terms: the merge block holds a higher-is-better metric's strata as its inverse's changes,
 * a throughput that dropped 25% reads −25%, never +33%.
 */
final class StrataReport {
    private static final double ROW = 24;
    private static final double LABEL_WIDTH = 250;

    private StrataReport() {}

    /** The Markdown tables, or "" for a receipt that is not a merge. */
    static String markdown(PairedRunReceipt receipt) {
        MergeReport merge = receipt.merge();
        if (merge == null || receipt.analysis() == null) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "Merged from %d %s, each machine's pairs kept apart (one stratum per" + " receipt):%n%n",
                merge.strata().size(),
                merge.strata().size() == 1 ? "receipt" : "receipts"));
        merge.metrics().entrySet().forEach(e -> {
            MetricAnalysisReport merged = receipt.analysis().get(e.getKey());
            boolean higher = merged != null && merged.higherIsBetter();
            md.append("| ")
                    .append(cell(MetricNames.label(e.getKey())))
                    .append(": machine | pairs | change")
                    .append(higher ? " (higher is better)" : "")
                    .append(" | interval | weight |\n|---|---:|---:|---|---:|\n");
            for (MergeReport.StratumFigures s : e.getValue().strata()) {
                OwnFigures own = own(s, higher);
                md.append("| ")
                        .append(cell(name(merge, s)))
                        .append(" | ")
                        .append(s.n())
                        .append(" | ")
                        .append(own.percent(own.estimate()))
                        .append(" | ")
                        .append(own.interval())
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%.0f%%", 100 * s.weight()))
                        .append(" |\n");
            }
            if (merged != null) {
                OwnFigures own = OwnFigures.of(merged);
                md.append("| **merged** | ")
                        .append(merged.n())
                        .append(" | **")
                        .append(own.percent(own.estimate()))
                        .append("** | ")
                        .append(own.interval())
                        .append(" | 100% |\n");
            }
            MergeReport.Heterogeneity h = e.getValue().heterogeneity();
            if (h != null) {
                md.append(String.format(
                        Locale.ROOT,
                        "%nmachines %s (Cochran's Q %.1f on %d df, p = %.3f)%n",
                        h.rejected() ? "**disagree** beyond their noise" : "agree within their noise",
                        h.q(),
                        h.df(),
                        h.pValue()));
            }
            md.append('\n');
        });
        return md.toString();
    }

    /** One line per machine for a metric of a merged receipt (JUnit output), none otherwise. */
    static java.util.List<String> lines(PairedRunReceipt receipt, String key) {
        MergeReport merge = receipt.merge();
        if (merge == null || merge.metrics().get(key) == null) {
            return java.util.List.of();
        }
        MetricAnalysisReport merged =
                receipt.analysis() == null ? null : receipt.analysis().get(key);
        boolean higher = merged != null && merged.higherIsBetter();
        return merge.metrics().get(key).strata().stream()
                .map(s -> {
                    OwnFigures own = own(s, higher);
                    return String.format(
                            Locale.ROOT,
                            "machine %s: %s %s%s, %d pairs, weight %.0f%%",
                            name(merge, s),
                            own.percent(own.estimate()),
                            own.interval(),
                            higher ? " (higher is better)" : "",
                            s.n(),
                            100 * s.weight());
                })
                .toList();
    }

    /** The HTML section with one forest plot per metric, or "" for a receipt that is not a merge. */
    static String html(PairedRunReceipt receipt) {
        MergeReport merge = receipt.merge();
        if (merge == null || receipt.analysis() == null) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section class=\"strata\">\n<h2>Machines</h2>\n<p>Merged from ")
                .append(merge.strata().size())
                .append(" receipts; each machine's pairs are analysed on their own and"
                        + " combined by their precision.</p>\n");
        merge.metrics().forEach((key, strata) -> {
            MetricAnalysisReport merged = receipt.analysis().get(key);
            if (merged != null) {
                html.append("<figure>")
                        .append(forest(key, merge, strata, merged))
                        .append("<figcaption>")
                        .append(Html.escape(MetricNames.label(key)))
                        .append(
                                merged.higherIsBetter()
                                        ? ": each machine's change (higher is better)"
                                        : ": each machine's change")
                        .append(" and interval (square" + " sized by its weight), the merged one as a diamond")
                        .append(
                                strata.heterogeneity() != null
                                                && strata.heterogeneity().rejected()
                                        ? "; the machines disagree beyond their noise"
                                        : "")
                        .append(".</figcaption></figure>\n");
            }
        });
        return html.append("</section>\n").toString();
    }

    static String forest(String key, MergeReport merge, MergeReport.MetricStrata strata, MetricAnalysisReport merged) {
        boolean higher = merged.higherIsBetter();
        OwnFigures all = OwnFigures.of(merged);
        double low = Math.min(0.0, all.lower());
        double high = Math.max(0.0, all.upper());
        for (MergeReport.StratumFigures s : strata.strata()) {
            OwnFigures own = own(s, higher);
            low = Math.min(low, own.lower());
            high = Math.max(high, own.upper());
        }
        if (all.threshold() != null) {
            low = Math.min(low, all.threshold());
            high = Math.max(high, all.threshold());
        }
        double width = SvgFrame.WIDTH;
        double plotLeft = LABEL_WIDTH;
        double plotRight = width - 20;
        int rows = strata.strata().size() + 1;
        double height = 40 + ROW * rows + 30;
        LinearScale x = new LinearScale(low, high, plotLeft, plotRight, 6);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"forest\" role=\"img\" viewBox=\"0 0 ")
                .append(Html.num(width))
                .append(' ')
                .append(Html.num(height))
                .append("\" aria-label=\"")
                .append(Html.escape(MetricNames.label(key)))
                .append(" per machine")
                .append(higher ? ", change (higher is better)" : "")
                .append("\">\n");
        if (higher) {
            svg.append("<text class=\"axis-title\" x=\"")
                    .append(Html.num(plotLeft))
                    .append("\" y=\"12\" font-size=\"11\">change, higher is better</text>\n");
        }
        double bottom = 30 + ROW * rows;
        for (double t : x.ticks()) {
            svg.append("<line class=\"grid\" x1=\"")
                    .append(Html.num(x.map(t)))
                    .append("\" x2=\"")
                    .append(Html.num(x.map(t)))
                    .append("\" y1=\"20\" y2=\"")
                    .append(Html.num(bottom))
                    .append("\" stroke=\"#ddd\"/>")
                    .append("<text x=\"")
                    .append(Html.num(x.map(t)))
                    .append("\" y=\"")
                    .append(Html.num(bottom + 16))
                    .append("\" text-anchor=\"middle\" font-size=\"11\">")
                    .append(Html.escape(all.percent(t)))
                    .append("</text>\n");
        }
        svg.append("<line x1=\"")
                .append(Html.num(x.map(0)))
                .append("\" x2=\"")
                .append(Html.num(x.map(0)))
                .append("\" y1=\"20\" y2=\"")
                .append(Html.num(bottom))
                .append("\" stroke=\"#333\"/>\n");
        if (all.threshold() != null) {
            double t = x.map(all.threshold());
            svg.append("<line class=\"threshold\" x1=\"")
                    .append(Html.num(t))
                    .append("\" x2=\"")
                    .append(Html.num(t))
                    .append("\" y1=\"20\" y2=\"")
                    .append(Html.num(bottom))
                    .append("\" stroke=\"#c0392b\" stroke-dasharray=\"4 3\"><title>threshold ")
                    .append(Html.escape(all.percent(all.threshold())))
                    .append("</title></line>\n");
        }
        int row = 0;
        for (MergeReport.StratumFigures s : strata.strata()) {
            double y = 30 + ROW * row++ + ROW / 2;
            double side = 4 + 10 * Math.sqrt(s.weight());
            OwnFigures own = own(s, higher);
            svg.append("<g class=\"stratum\"><title>")
                    .append(Html.escape(name(merge, s)))
                    .append(": ")
                    .append(Html.escape(own.percent(own.estimate())))
                    .append(' ')
                    .append(Html.escape(own.interval()))
                    .append(higher ? " (higher is better)" : "")
                    .append(", ")
                    .append(s.n())
                    .append(" pairs, weight ")
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * s.weight()))
                    .append("</title>");
            svg.append("<text x=\"8\" y=\"")
                    .append(Html.num(y + 4))
                    .append("\" font-size=\"12\">")
                    .append(Html.escape(shorten(name(merge, s))))
                    .append("</text>");
            svg.append("<line x1=\"")
                    .append(Html.num(x.map(own.lower())))
                    .append("\" x2=\"")
                    .append(Html.num(x.map(own.upper())))
                    .append("\" y1=\"")
                    .append(Html.num(y))
                    .append("\" y2=\"")
                    .append(Html.num(y))
                    .append("\" stroke=\"#2c3e50\" stroke-width=\"2\"/>");
            svg.append("<rect x=\"")
                    .append(Html.num(x.map(own.estimate()) - side / 2))
                    .append("\" y=\"")
                    .append(Html.num(y - side / 2))
                    .append("\" width=\"")
                    .append(Html.num(side))
                    .append("\" height=\"")
                    .append(Html.num(side))
                    .append("\" fill=\"#2c3e50\"/></g>\n");
        }
        double y = 30 + ROW * row + ROW / 2;
        double l = x.map(all.lower());
        double e = x.map(all.estimate());
        double u = x.map(all.upper());
        svg.append("<g class=\"merged\"><title>merged: ")
                .append(Html.escape(all.percent(all.estimate())))
                .append(' ')
                .append(Html.escape(all.interval()))
                .append(higher ? " (higher is better)" : "")
                .append("</title><text x=\"8\" y=\"")
                .append(Html.num(y + 4))
                .append("\" font-size=\"12\" font-weight=\"bold\">merged</text><polygon points=\"")
                .append(Html.num(l))
                .append(',')
                .append(Html.num(y))
                .append(' ')
                .append(Html.num(e))
                .append(',')
                .append(Html.num(y - 7))
                .append(' ')
                .append(Html.num(u))
                .append(',')
                .append(Html.num(y))
                .append(' ')
                .append(Html.num(e))
                .append(',')
                .append(Html.num(y + 7))
                .append("\" fill=\"#8e44ad\"/></g>\n");
        return svg.append("</svg>").toString();
    }

    private static String name(MergeReport merge, MergeReport.StratumFigures s) {
        MergeReport.Stratum stratum = merge.strata().get(Math.toIntExact(s.stratum()));
        return stratum.shard() == null ? stratum.name() : stratum.name() + " (shard " + stratum.shard() + ")";
    }

    private static String shorten(String name) {
        return name.length() <= 36 ? name : "…" + name.substring(name.length() - 35);
    }

    /** A stratum's figures in the metric's own terms. */
    private static OwnFigures own(MergeReport.StratumFigures s, boolean higherIsBetter) {
        return OwnFigures.of(higherIsBetter, s.estimatePct(), s.ciLowerPct(), s.ciUpperPct(), null);
    }

    /** Text for a Markdown table cell: inline code (no markup, no control characters), its pipes escaped. */
    private static String cell(String text) {
        return MarkdownText.code(text).replace("|", "\\|");
    }
}

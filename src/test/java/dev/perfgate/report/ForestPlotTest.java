package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ForestPlotTest {

    private static double inverse(double ownPct) {
        return (100.0 / (100.0 + ownPct) - 1) * 100;
    }

    @Test
    void aThroughputDropSitsLeftOfZeroWithItsThresholdOnTheLeft() {
        // 25% lower throughput (analysed inverse +33.3%), threshold a 10% drop; 3% slower time, threshold 5%
        BenchmarkRow thrpt = new BenchmarkRow(
                "Work.loop", true, inverse(-25), inverse(-20), inverse(-30), inverse(-10), "FAIL", "r");
        BenchmarkRow avgt = new BenchmarkRow("Work.steady", false, 3.0, 1.0, 5.0, 5.0, "PASS", "r");
        String svg = ForestPlot.render("suite", List.of(thrpt, avgt));
        List<Double> dots = numbers(svg, "<circle class=\"estimate\" cx=\"([0-9.]+)\"");
        List<Double> thresholds = numbers(svg, "<line class=\"threshold\" x1=\"([0-9.]+)\"");
        double zero = numbers(svg, "<line class=\"grid\" stroke=\"#666\" x1=\"([0-9.]+)\"")
                .get(0);
        assertTrue(dots.get(0) < zero && thresholds.get(0) < zero, svg);
        assertTrue(dots.get(1) > zero && thresholds.get(1) > zero, svg);
        assertTrue(thresholds.get(0) > dots.get(0), "the drop is beyond its threshold");
        assertTrue(
                svg.contains("Work.loop \u221225.0% [\u221230.0%, \u221220.0%] (higher is better), threshold"
                        + " \u221210.0%: FAIL"),
                svg);
        assertTrue(svg.contains(">FAIL ↑</text>") && svg.contains(">PASS ↓</text>"), svg);
    }

    @Test
    void growsWithTheRowsAndEscapesAndCutsLongNames() {
        List<BenchmarkRow> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(new BenchmarkRow("C.m[text=<b>" + "x".repeat(i % 40) + "]", false, 1, -1, 3, null, "report", "r"));
        }
        String svg = ForestPlot.render("suite & co", rows);
        assertEquals(
                200, numbers(svg, "<circle class=\"estimate\" cx=\"([0-9.]+)\"").size());
        assertTrue(svg.contains("viewBox=\"0 0 640.0 " + (40 + 200 * 22 + 34) + ".0\""), svg.substring(0, 200));
        assertFalse(svg.contains("<b>"));
        assertTrue(svg.contains("suite &amp; co") && svg.contains("…</text>"));
        assertFalse(svg.contains("class=\"threshold\""), "no threshold, no tick");
    }

    private static List<Double> numbers(String svg, String regex) {
        List<Double> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(svg);
        while (m.find()) {
            found.add(Double.parseDouble(m.group(1)));
        }
        return found;
    }
}

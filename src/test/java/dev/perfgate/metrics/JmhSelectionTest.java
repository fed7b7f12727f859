package dev.perfgate.metrics;

import static dev.perfgate.metrics.JmhResultFileTest.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JmhSelectionTest {

    private static List<JmhBenchmark> real() throws Exception {
        return JmhResultFile.parse(JmhResultFileTest.realFile(), "real");
    }

    @Test
    void namesCarryClassMethodAndParametersWithDirectionFromMode() throws Exception {
        JmhSelection.Selected s = JmhSelection.all().select(real());
        assertEquals(
                List.of("Work.loop", "Sized.fill[size=10]", "Sized.fill[size=1000]", "Work.steady"),
                s.values().stream().map(JmhValue::name).toList());
        JmhValue loop = s.values().get(0);
        assertEquals("Work", loop.className());
        assertEquals("loop", loop.test());
        assertTrue(loop.higherIsBetter());
        assertEquals("ops/ms", loop.unit());
        JmhValue fill = s.values().get(2);
        assertEquals("fill[size=1000]", fill.test());
        assertFalse(fill.higherIsBetter());
        assertEquals("ns/op", fill.unit());
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void includeAndExcludeFindOnTheName() throws Exception {
        JmhSelection s = new JmhSelection(Pattern.compile("Sized|loop"), Pattern.compile("size=10\\]"), List.of());
        assertEquals(
                List.of("Work.loop", "Sized.fill[size=1000]"),
                s.select(real()).values().stream().map(JmhValue::name).toList());
    }

    @Test
    void secondaryMetricsAreLowerIsBetterAndMissingOnesAreProblems() throws Exception {
        JmhSelection s = new JmhSelection(
                Pattern.compile("Work.steady"), null, List.of("gc.alloc.rate.norm", "gc.count", "cpi"));
        JmhSelection.Selected selected = s.select(real());
        assertEquals(
                List.of("Work.steady", "Work.steady:gc.alloc.rate.norm"),
                selected.values().stream().map(JmhValue::name).toList());
        JmhValue norm = selected.values().get(1);
        assertFalse(norm.higherIsBetter());
        assertEquals("B/op", norm.unit());
        assertEquals("steady:gc.alloc.rate.norm", norm.test());
        assertEquals(2, selected.problems().size());
        assertTrue(
                selected.problems().get(0).contains("gc.count is not a positive number"),
                selected.problems().get(0));
        assertTrue(
                selected.problems().get(1).contains("no secondary metric cpi"),
                selected.problems().get(1));
    }

    @Test
    void sharedSimpleClassNamesAndSeveralModesStayApart() throws Exception {
        String json = "[" + entry("a.Codec.m", "avgt", null, "3.0", "ns/op") + ","
                + entry("b.Codec.m", "avgt", null, "4.0", "ns/op") + ","
                + entry("c.Other.m", "avgt", null, "4.0", "ns/op")
                + "," + entry("c.Other.m", "thrpt", null, "4.0", "ops/s") + "]";
        assertEquals(
                List.of("a.Codec.m", "b.Codec.m", "Other.m@avgt", "Other.m@thrpt"),
                JmhSelection.all().select(JmhResultFile.parse(json, "x")).values().stream()
                        .map(JmhValue::name)
                        .toList());
    }

    @Test
    void parameterValuesBecomeOneSafeToken() throws Exception {
        String json = "[" + entry("a.B.m", "avgt", "\"text\":\"<a b>&ü\",\"n\":\"1.5\"", "3.0", "ns/op") + "]";
        JmhValue v = JmhSelection.all()
                .select(JmhResultFile.parse(json, "x"))
                .values()
                .get(0);
        assertEquals("B.m[text=%3Ca%20b%3E%26%C3%BC,n=1.5]", v.name());
    }
}

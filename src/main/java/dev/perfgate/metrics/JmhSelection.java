package dev.perfgate.metrics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which figures of a JMH result file are gated, and under which names: every benchmark's primary score
 * whose name an {@code include} regex finds and no {@code exclude} regex finds (both optional, matched
 * with {@code find()} on the name {@code Class.method[params]}, as JMH matches its own include patterns),
 * plus the chosen secondary metrics of those benchmarks.
 *
 * <p>Names are what a person reads in every report: the simple class name and the method, then the
 * parameters in JMH's order ({@code Codec.sized[size=1000]}). A class name shared by two classes of the
 * file is written in full, a benchmark that ran in several modes gets its mode appended
 * ({@code Work.loop@avgt}), and any character of a parameter value other than a letter, digit, '.', '_'
 * or '-' is percent-encoded as UTF-8 bytes, so a name is one safe token in the log, Markdown, HTML and XML.
 *
 * @param include          null to include every benchmark
 * @param exclude          null to exclude none
 * @param secondaryMetrics JMH names of secondary metrics to gate beside each primary score (lower is better)
 */
public record JmhSelection(Pattern include, Pattern exclude, List<String> secondaryMetrics) {

    public JmhSelection {
        secondaryMetrics = secondaryMetrics == null ? List.of() : List.copyOf(secondaryMetrics);
    }

    /** Every benchmark, primary scores only. */
    public static JmhSelection all() {
        return new JmhSelection(null, null, List.of());
    }

    /**
     * The gated figures of one run, and what could not be read (a chosen secondary metric missing from a
     * benchmark: was the profiler that reports it enabled?).
     */
    public record Selected(List<JmhValue> values, List<String> problems) {}

    public Selected select(List<JmhBenchmark> benchmarks) {
        Set<String> ambiguousClasses = ambiguousSimpleNames(benchmarks);
        Set<String> multiMode = multiModeBenchmarks(benchmarks);
        List<JmhValue> values = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JmhBenchmark b : benchmarks) {
            String cls =
                    ambiguousClasses.contains(simpleName(b.className())) ? b.className() : simpleName(b.className());
            String test = b.method()
                    + encodedParams(b)
                    + (multiMode.contains(b.benchmark() + b.paramsSuffix())
                            ? "@" + b.mode().label()
                            : "");
            String name = cls + "." + test;
            if (!chosen(name)) {
                continue;
            }
            values.add(new JmhValue(
                    name,
                    cls,
                    test,
                    b.mode(),
                    b.primary().unit(),
                    b.mode().higherIsBetter(),
                    b.primary().value()));
            for (String secondary : secondaryMetrics) {
                JmhScore score = b.secondaries().get(secondary);
                if (score == null) {
                    problems.add(String.format(
                            Locale.ROOT,
                            "%s: %s",
                            name,
                            b.secondaries().containsKey(secondary)
                                    ? "secondary metric " + secondary + " is not a positive number"
                                    : "no secondary metric " + secondary + " (is the profiler that reports it enabled,"
                                            + " e.g. -prof gc for gc.alloc.rate.norm?)"));
                    continue;
                }
                values.add(new JmhValue(
                        name + ":" + secondary,
                        cls,
                        test + ":" + secondary,
                        b.mode(),
                        score.unit(),
                        false,
                        score.value()));
            }
        }
        return new Selected(values, problems);
    }

    /** Whether the include and exclude regexes let a benchmark name through. */
    public boolean chosen(String name) {
        return (include == null || include.matcher(name).find())
                && (exclude == null || !exclude.matcher(name).find());
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static Set<String> ambiguousSimpleNames(List<JmhBenchmark> benchmarks) {
        Map<String, String> classBySimpleName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (JmhBenchmark b : benchmarks) {
            String previous = classBySimpleName.putIfAbsent(simpleName(b.className()), b.className());
            if (previous != null && !previous.equals(b.className())) {
                ambiguous.add(simpleName(b.className()));
            }
        }
        return ambiguous;
    }

    private static Set<String> multiModeBenchmarks(List<JmhBenchmark> benchmarks) {
        Map<String, JmhMode> modeByBenchmark = new HashMap<>();
        Set<String> multi = new HashSet<>();
        for (JmhBenchmark b : benchmarks) {
            JmhMode previous = modeByBenchmark.putIfAbsent(b.benchmark() + b.paramsSuffix(), b.mode());
            if (previous != null && previous != b.mode()) {
                multi.add(b.benchmark() + b.paramsSuffix());
            }
        }
        return multi;
    }

    private static String encodedParams(JmhBenchmark b) {
        if (b.params().isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("[");
        b.params().forEach((key, value) -> {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append(key).append('=').append(encode(value));
        });
        return s.append(']').toString();
    }

    /** Letters, digits, '.', '_' and '-' as they are; every other UTF-8 byte as %XX. */
    static String encode(String value) {
        StringBuilder s = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == '-') {
                s.append(c);
            } else {
                s.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return s.toString();
    }
}

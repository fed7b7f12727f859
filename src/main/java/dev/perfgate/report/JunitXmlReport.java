package dev.perfgate.report;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.paired.RunFailures;
import dev.perfgate.receipt.BenchmarkOrigin;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.stats.DirectedChange;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The outcome as a JUnit XML report in Surefire's format (surefire-test-report-3.0.xsd), which Jenkins'
 * {@code junit} step, GitLab's {@code artifacts:reports:junit} and GitHub test-report actions read: one
 * test suite per execution, one test case per analysed metric — a {@code <failure>} for FAIL, a
 * {@code <skipped>} for INCONCLUSIVE (a failure under {@code onInconclusive=fail}) — with the figures in
 * the case's {@code <system-out>}. Failed runs (exit codes, timeouts) get a test case of their own, so a
 * build that fails for them never shows all green; so does an interrupted run (an {@code <error>}: no verdict
 * was taken).
 */
public final class JunitXmlReport {

    /** Where Surefire publishes the schema; CI tools ignore it, editors use it. */
    private static final String XSD =
            "https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report-3.0.xsd";

    private JunitXmlReport() {}

    /** {@code TEST-perfgate-<name>.xml}: the {@code TEST-*.xml} pattern every CI tool's default glob matches. */
    public static String fileName(String benchmarkName) {
        return "TEST-perfgate-" + benchmarkName + ".xml";
    }

    public static String render(PairedRunOutcome outcome) {
        PairedRunReceipt receipt = outcome.receipt();
        List<Case> cases = cases(outcome);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            text(xml, "\n");
            xml.writeStartElement("testsuite");
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "noNamespaceSchemaLocation", XSD);
            xml.writeAttribute("version", "3.0");
            xml.writeAttribute("name", suiteName(receipt));
            xml.writeAttribute("time", seconds(totalWallNs(receipt)));
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute(
                    "errors",
                    Long.toString(
                            cases.stream().filter(c -> c.kind == Kind.ERROR).count()));
            xml.writeAttribute(
                    "skipped",
                    Long.toString(
                            cases.stream().filter(c -> c.kind == Kind.SKIPPED).count()));
            xml.writeAttribute(
                    "failures",
                    Long.toString(
                            cases.stream().filter(c -> c.kind == Kind.FAILURE).count()));
            properties(xml, receipt);
            for (Case c : cases) {
                testCase(xml, c.className == null ? suiteName(receipt) : c.className, c);
            }
            text(xml, "\n");
            xml.writeEndElement();
            text(xml, "\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the JUnit report", e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private enum Kind {
        PASSED,
        FAILURE,
        SKIPPED,
        /** The run could not be judged: an interrupted build (no verdict taken). */
        ERROR
    }

    /** @param time seconds credited to the case: the measuring time goes to the first case only, so sums add up */
    private record Case(
            String name, Kind kind, String type, String message, List<String> output, String time, String className) {

        Case(String name, Kind kind, String type, String message, List<String> output, String time) {
            this(name, kind, type, message, output, time, null);
        }
    }

    private static List<Case> cases(PairedRunOutcome outcome) {
        PairedRunReceipt receipt = outcome.receipt();
        List<PairedSample> measured = receipt.measuredSamples();
        boolean inconclusiveFails =
                receipt.config() != null && "fail".equals(receipt.config().onInconclusive());
        List<Case> cases = new ArrayList<>();
        Map<String, MetricAnalysisReport> analysis = receipt.analysis() == null ? Map.of() : receipt.analysis();
        String time = seconds(totalWallNs(receipt));
        for (Map.Entry<String, MetricAnalysisReport> entry : analysis.entrySet()) {
            MetricAnalysisReport a = entry.getValue();
            List<String> output = new ArrayList<>(StrataReport.lines(receipt, entry.getKey()));
            output.addAll(MetricFigures.lines(entry.getKey(), a, measured));
            String message = MetricNames.label(entry.getKey()) + " "
                    + DirectedChange.change(a.estimatePct(), a.ciLowerPct(), a.ciUpperPct(), a.higherIsBetter()) + ": "
                    + a.reason();
            // a JMH benchmark is a test case of its own class, so CI test views list the regressed benchmarks
            BenchmarkOrigin origin =
                    receipt.benchmarks() == null ? null : receipt.benchmarks().get(entry.getKey());
            String name = origin == null ? entry.getKey() : origin.test();
            String className = origin == null ? null : origin.className();
            Case c = switch (a.status()) {
                case "fail" -> new Case(name, Kind.FAILURE, "perfgate.Regression", message, output, time, className);
                case "inconclusive" ->
                    inconclusiveFails
                            ? new Case(name, Kind.FAILURE, "perfgate.Inconclusive", message, output, time, className)
                            : new Case(name, Kind.SKIPPED, null, message, output, time, className);
                default -> new Case(name, Kind.PASSED, null, null, output, time, className);
            };
            cases.add(c);
            time = "0";
        }
        if (receipt.verdict() != null && receipt.verdict().notCompared() != null) {
            receipt.verdict().notCompared().forEach((key, why) -> {
                BenchmarkOrigin origin = receipt.benchmarks() == null
                        ? null
                        : receipt.benchmarks().get(key);
                cases.add(new Case(
                        origin == null ? key : origin.test(),
                        Kind.SKIPPED,
                        null,
                        "not compared: " + why,
                        List.of(key + " not compared: " + why),
                        "0",
                        origin == null ? null : origin.className()));
            });
        }
        if (receipt.run().interrupted() != null) {
            // no verdict was taken: an error, so that no CI view reads the complete pairs as a pass
            String why = "interrupted at " + receipt.run().interrupted().at() + " ("
                    + receipt.run().interrupted().reason() + "): no verdict was taken; the receipt keeps the "
                    + measured.size() + " complete measured pairs";
            cases.add(new Case("interrupted", Kind.ERROR, "perfgate.Interrupted", why, List.of(why), "0"));
        }
        boolean allowNonzero = receipt.config() != null && receipt.config().allowNonzero();
        RunFailures failures = new RunFailures(allowNonzero);
        measured.forEach(failures::check);
        List<String> runOutput = List.of(
                measured.size() + " measured pairs, " + (receipt.samples().size() - measured.size())
                        + " warmup; nonzero exit codes " + (allowNonzero ? "allowed" : "fail") + ", timeouts fail");
        cases.add(
                failures.reasons().isEmpty()
                        ? new Case("measured_runs", Kind.PASSED, null, null, runOutput, time)
                        : new Case(
                                "measured_runs",
                                Kind.FAILURE,
                                "perfgate.RunFailed",
                                String.join("; ", failures.reasons()),
                                runOutput,
                                time));
        return cases;
    }

    private static void properties(XMLStreamWriter xml, PairedRunReceipt receipt) throws XMLStreamException {
        text(xml, "\n  ");
        xml.writeStartElement("properties");
        property(
                xml,
                "perfgate.verdict",
                receipt.verdict() == null ? "none" : receipt.verdict().status());
        property(xml, "perfgate.baseline", String.join(" ", receipt.bench().baselineCommand()));
        property(xml, "perfgate.current", String.join(" ", receipt.bench().currentCommand()));
        property(xml, "perfgate.repeat", Long.toString(receipt.bench().repeat()));
        property(xml, "perfgate.warmup", Long.toString(receipt.bench().warmup()));
        property(
                xml,
                "perfgate.runner",
                receipt.run().runner() == null ? "not recorded" : receipt.run().runner());
        property(xml, "perfgate.run_id", receipt.run().id());
        if (receipt.config() != null) {
            property(
                    xml,
                    "perfgate.significance_alpha",
                    Double.toString(receipt.config().significanceAlpha()));
            property(xml, "perfgate.on_inconclusive", receipt.config().onInconclusive());
            property(xml, "perfgate.order", receipt.config().order());
            property(xml, "perfgate.seed", Long.toString(receipt.config().seed()));
        }
        text(xml, "\n  ");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        text(xml, "\n    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", XmlText.clean(value));
    }

    private static void testCase(XMLStreamWriter xml, String className, Case c) throws XMLStreamException {
        text(xml, "\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", c.name);
        xml.writeAttribute("classname", className);
        xml.writeAttribute("time", c.time);
        String figures = String.join("\n", c.output);
        if (c.kind == Kind.FAILURE) {
            text(xml, "\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", XmlText.clean(c.message));
            xml.writeAttribute("type", c.type);
            text(xml, c.message + "\n" + figures);
            xml.writeEndElement();
        } else if (c.kind == Kind.ERROR) {
            text(xml, "\n    ");
            xml.writeStartElement("error");
            xml.writeAttribute("message", XmlText.clean(c.message));
            xml.writeAttribute("type", c.type);
            text(xml, c.message);
            xml.writeEndElement();
        } else if (c.kind == Kind.SKIPPED) {
            text(xml, "\n    ");
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", XmlText.clean(c.message));
            xml.writeEndElement();
        }
        text(xml, "\n    ");
        xml.writeStartElement("system-out");
        text(xml, figures);
        xml.writeEndElement();
        text(xml, "\n  ");
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeCharacters(XmlText.clean(text));
    }

    /** {@code perfgate.<name>}: Jenkins groups suites by the part before the last dot, like a package. */
    private static String suiteName(PairedRunReceipt receipt) {
        return "perfgate." + receipt.bench().name();
    }

    private static long totalWallNs(PairedRunReceipt receipt) {
        return receipt.samples().stream()
                .mapToLong(s -> s.baseline().wallNs() + s.current().wallNs())
                .sum();
    }

    /** Surefire's time format: seconds with at most three decimals, no grouping. */
    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}

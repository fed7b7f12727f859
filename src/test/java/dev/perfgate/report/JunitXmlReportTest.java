package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.PairedRunOutcome;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlReportTest {

    @Test
    void aFailIsAFailedTestCaseWithTheReasonAndTheFigures() throws Exception {
        PairedRunOutcome outcome = Outcomes.fail();
        Document xml = validParsed(JunitXmlReport.render(outcome));

        Element suite = xml.getDocumentElement();
        assertEquals("perfgate.demo", suite.getAttribute("name"));
        // wall time, CPU time, peak memory, and the measured runs
        assertEquals("4", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("skipped"));
        Element wall = testCase(xml, "wall_time");
        Element failure = (Element) wall.getElementsByTagName("failure").item(0);
        assertEquals("perfgate.Regression", failure.getAttribute("type"));
        assertTrue(
                failure.getAttribute("message")
                        .matches("wall time \\+2\\d\\.\\d% \\[\\+2\\d\\.\\d%, \\+2\\d\\.\\d%]: .+"),
                failure.getAttribute("message"));
        String out = wall.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(out.contains("median baseline 201.0 µs → current 251.0 µs"), out);
        assertTrue(out.contains("at 90% confidence; threshold +5.0%; FAIL"), out);
        assertTrue(out.contains("noise: robust CV"), out);
        assertEquals(
                0, testCase(xml, "cpu_time").getElementsByTagName("failure").getLength(), "CPU time has no threshold");
        assertEquals(
                0,
                testCase(xml, "measured_runs").getElementsByTagName("failure").getLength());
    }

    @Test
    void aPassIsAllGreen() throws Exception {
        Document xml = validParsed(JunitXmlReport.render(Outcomes.pass()));

        assertEquals("0", xml.getDocumentElement().getAttribute("failures"));
        assertEquals("0", xml.getDocumentElement().getAttribute("skipped"));
        assertTrue(testCase(xml, "wall_time").getTextContent().contains("PASS"));
    }

    @Test
    void inconclusiveIsSkippedUnlessItFailsTheBuild() throws Exception {
        Document warn = validParsed(JunitXmlReport.render(Outcomes.inconclusive("warn")));
        Element skipped = (Element)
                testCase(warn, "wall_time").getElementsByTagName("skipped").item(0);
        assertTrue(
                skipped.getAttribute("message").contains("cannot reach 90.0% confidence"),
                skipped.getAttribute("message"));
        assertEquals("1", warn.getDocumentElement().getAttribute("skipped"));

        Document fail = validParsed(JunitXmlReport.render(Outcomes.inconclusive("fail")));
        Element failure = (Element)
                testCase(fail, "wall_time").getElementsByTagName("failure").item(0);
        assertEquals("perfgate.Inconclusive", failure.getAttribute("type"));
        assertEquals("0", fail.getDocumentElement().getAttribute("skipped"));
    }

    @Test
    void failedRunsFailATestCaseOfTheirOwn() throws Exception {
        PairedRunOutcome outcome = Outcomes.run(200_000, 200_000, 3, r -> r.repeat(2));
        Document xml = validParsed(JunitXmlReport.render(outcome));

        Element failure = (Element)
                testCase(xml, "measured_runs").getElementsByTagName("failure").item(0);
        assertEquals("pair 1 current exit 3; pair 2 current exit 3", failure.getAttribute("message"));
    }

    @Test
    void controlCharactersInCommandsDoNotBreakTheXml() throws Exception {
        PairedRunOutcome outcome = Outcomes.run(
                200_000,
                250_000,
                0,
                r -> r.repeat(2).baselineCommand(java.util.List.of("sh", "-c", "printf '\u0001' <&>\"")));
        String xml = JunitXmlReport.render(outcome);
        validParsed(xml);
        assertFalse(xml.contains("\u0001"));
        assertTrue(xml.contains("printf '' &lt;&amp;&gt;"), xml);
    }

    private static Element testCase(Document xml, String name) {
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no test case " + name);
    }

    /** Validates against Surefire's own XSD (src/test/resources, source noted there), then parses. */
    static Document validParsed(String xml) throws Exception {
        SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = schemas.newSchema(JunitXmlReportTest.class.getResource("/surefire-test-report-3.0.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}

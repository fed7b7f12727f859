package dev.perfgate.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI recipes under docs/ci are files users copy: the YAML parses, each has the shape its CI system needs
 * (a matrix / parallel jobs that keep their receipts, a merge job that gets them), and every
 * {@code -Dperfgate.*} property a command sets is a real parameter of the goal it runs, read from the
 * generated plugin descriptor.
 */
class CiRecipesTest {
    private static final Path CI = Path.of("docs/ci");
    private static final Pattern PROPERTY = Pattern.compile("-Dperfgate\\.([A-Za-z]+)=");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws Exception {
        return new Yaml().load(Files.readString(CI.resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    /** The user properties (expressions {@code ${perfgate.x}}) of a goal, from the generated plugin.xml. */
    private static Set<String> properties(String goal) throws Exception {
        Document descriptor = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (goal.equals(mojo.getElementsByTagName("goal").item(0).getTextContent())) {
                Set<String> properties = new TreeSet<>();
                Matcher m = Pattern.compile("\\$\\{perfgate\\.([A-Za-z]+)}")
                        .matcher(mojo.getElementsByTagName("configuration")
                                .item(0)
                                .getTextContent());
                while (m.find()) {
                    properties.add(m.group(1));
                }
                return properties;
            }
        }
        throw new AssertionError("no goal " + goal + " in plugin.xml");
    }

    /** Checks every -Dperfgate.x of the command against the goal's parameters; returns the properties used. */
    private static Set<String> checkCommand(String command, String goal) throws Exception {
        Set<String> known = properties(goal);
        Set<String> used = new TreeSet<>();
        Matcher m = PROPERTY.matcher(command);
        while (m.find()) {
            used.add(m.group(1));
            assertTrue(
                    known.contains(m.group(1)),
                    "-Dperfgate." + m.group(1) + " in '" + command + "' is no parameter of perfgate:" + goal + " "
                            + known);
        }
        return used;
    }

    private static List<String> runLines(List<Object> steps) {
        List<String> lines = new ArrayList<>();
        for (Object step : steps) {
            Object run = step instanceof Map<?, ?> m ? m.get("run") : step;
            if (run instanceof String s) {
                lines.add(s);
            }
        }
        return lines;
    }

    @Test
    void gitHubActionsRunsAMatrixOfShardsAndAMergeJob() throws Exception {
        Map<String, Object> workflow = yaml("github-actions.yml");
        Map<String, Object> jobs = map(workflow.get("jobs"));
        Map<String, Object> shard = map(jobs.get("shard"));
        List<Object> shards = list(map(map(shard.get("strategy")).get("matrix")).get("shard"));
        assertEquals(4, shards.size());
        List<Object> shardSteps = list(shard.get("steps"));
        String measure = runLines(shardSteps).stream()
                .filter(s -> s.contains("verify"))
                .findFirst()
                .orElseThrow();
        assertTrue(checkCommand(measure, "paired").contains("shard"), measure);
        assertTrue(shardSteps.stream()
                .anyMatch(s -> String.valueOf(map(s).get("uses")).startsWith("actions/upload-artifact@")));

        Map<String, Object> verdict = map(jobs.get("verdict"));
        assertEquals("shard", verdict.get("needs"));
        List<Object> steps = list(verdict.get("steps"));
        Map<String, Object> download = steps.stream()
                .map(CiRecipesTest::map)
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/download-artifact@"))
                .findFirst()
                .orElseThrow();
        String into = String.valueOf(map(download.get("with")).get("path"));
        String merge = runLines(steps).stream()
                .filter(s -> s.contains("perfgate:merge"))
                .findFirst()
                .orElseThrow();
        assertTrue(checkCommand(merge, "merge").contains("receipts"), merge);
        assertTrue(merge.contains("'" + into + "/**/*.paired.json'"), "the merge reads where the download put them");
    }

    @Test
    void gitLabRunsParallelShardsAndAMergeJobThatNeedsTheirArtifacts() throws Exception {
        Map<String, Object> pipeline = yaml("gitlab-ci.yml");
        Map<String, Object> shard = map(pipeline.get("perfgate-shard"));
        assertEquals(4, shard.get("parallel"));
        List<String> script =
                list(shard.get("script")).stream().map(String::valueOf).toList();
        assertTrue(checkCommand(script.get(0), "paired").contains("shard"), script.get(0));
        assertTrue(list(map(shard.get("artifacts")).get("paths")).contains("shards/"));
        Map<String, Object> verdict = map(pipeline.get("perfgate-verdict"));
        assertEquals("perfgate-shard", map(list(verdict.get("needs")).get(0)).get("job"));
        String merge = String.valueOf(list(verdict.get("script")).get(0));
        assertTrue(
                merge.contains("perfgate:merge") && checkCommand(merge, "merge").contains("receipts"), merge);
        List<String> stages =
                list(pipeline.get("stages")).stream().map(String::valueOf).toList();
        assertTrue(stages.indexOf(shard.get("stage")) < stages.indexOf(verdict.get("stage")));
    }

    @Test
    void jenkinsRunsParallelShardsStashesTheirReceiptsAndMergesThem() throws Exception {
        String pipeline = Files.readString(CI.resolve("Jenkinsfile"));
        assertTrue(pipeline.contains("parallel branches"));
        Matcher shardCommand = Pattern.compile("sh \"(\\./mvnw[^\"]*-Dperfgate\\.shard=[^\"]*)\"")
                .matcher(pipeline);
        assertTrue(shardCommand.find(), "a shard command");
        checkCommand(shardCommand.group(1), "paired");
        Matcher stash =
                Pattern.compile("stash name: \"(perfgate-shard-)\\$\\{shard}\"").matcher(pipeline);
        assertTrue(stash.find(), "each shard stashes its receipt");
        assertTrue(pipeline.contains("unstash \"" + stash.group(1) + "${i}\""), "the merge unstashes every shard");
        Matcher merge =
                Pattern.compile("sh \"(\\./mvnw[^\"]*perfgate:merge[^\"]*)\"").matcher(pipeline);
        assertTrue(merge.find(), "a merge command");
        assertTrue(checkCommand(merge.group(1), "merge").contains("receipts"));
        assertBalanced(pipeline);
    }

    /** A cheap syntax check for the Groovy pipeline: outside comments and strings, brackets pair up. */
    private static void assertBalanced(String text) {
        StringBuilder open = new StringBuilder();
        for (String line : text.split("\n")) {
            char quote = 0;
            for (char c : line.strip().startsWith("//") ? new char[0] : line.toCharArray()) {
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if ("{[(".indexOf(c) >= 0) {
                    open.append(c);
                } else if ("}])".indexOf(c) >= 0) {
                    assertFalse(open.isEmpty(), "unbalanced " + c + " in: " + line);
                    char o = open.charAt(open.length() - 1);
                    assertEquals("{[(".indexOf(o), "}])".indexOf(c), "mismatched " + o + " and " + c + " in: " + line);
                    open.setLength(open.length() - 1);
                }
            }
            assertEquals(0, quote, "unclosed string in: " + line);
        }
        assertEquals("", open.toString(), "unclosed");
    }
}

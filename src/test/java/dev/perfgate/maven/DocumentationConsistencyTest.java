package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the documentation honest against the code: in README.md, CHANGELOG.md and every Markdown file under
 * docs/, examples/ and bench/, every relative link resolves (file and heading anchor), every
 * {@code -Dperfgate.*} property is a user property of a goal, every {@code perfgate:goal} exists, and every
 * XML example of this plugin (fenced {@code xml} blocks, and the example POMs) uses only its goals and
 * parameters and pins the version being built. The goals, parameters and properties come from the generated
 * plugin descriptor, so the truth is the Mojo annotations. Each test lists all its violations at once.
 */
class DocumentationConsistencyTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern INLINE_LINK =
            Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern CODE_SPAN = Pattern.compile("`+[^`]*`+");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern USER_PROPERTY = Pattern.compile("-D(perfgate\\.[A-Za-z0-9_]+)");
    private static final Pattern PREFIXED_GOAL = Pattern.compile("(?<![\\w.-])perfgate:([a-z][A-Za-z0-9-]*)");
    private static final Pattern COORDINATE_GOAL =
            Pattern.compile("dev\\.perfgate:" + PluginXmlUsage.ARTIFACT_ID + ":([^:\\s]+):([A-Za-z][A-Za-z0-9-]*)");
    private static final Pattern PINNED_VERSION = Pattern.compile(
            "<artifactId>" + PluginXmlUsage.ARTIFACT_ID + "</artifactId>\\s*<version>([^<]+)</version>");

    private static PluginDescriptorFacts plugin;

    @BeforeAll
    static void readDescriptor() throws Exception {
        plugin = PluginDescriptorFacts.read();
    }

    @Test
    void everyRelativeLinkResolves() {
        List<String> violations = new ArrayList<>();
        for (Path doc : markdownFiles()) {
            List<String> lines = proseLines(doc);
            for (int i = 0; i < lines.size(); i++) {
                for (String target : linkTargets(lines.get(i))) {
                    String problem = problemWithLink(doc, target);
                    if (problem != null) {
                        violations.add(where(doc, i + 1) + ": link " + target + " " + problem);
                    }
                }
            }
        }
        assertNoViolations("relative links that do not resolve", violations);
    }

    @Test
    void everyUserPropertyIsAParameterProperty() {
        List<String> violations = new ArrayList<>();
        forEachMatch(USER_PROPERTY, (place, m) -> {
            if (!plugin.properties().contains(m.group(1))) {
                violations.add(place + ": -D" + m.group(1) + " is no parameter's property; the goals take "
                        + plugin.properties());
            }
        });
        assertNoViolations("-Dperfgate.* properties that no goal reads", violations);
    }

    @Test
    void everyGoalNamedOnACommandLineExistsInTheBuiltVersion() {
        List<String> violations = new ArrayList<>();
        for (Pattern goals : List.of(PREFIXED_GOAL, COORDINATE_GOAL)) {
            forEachMatch(goals, (place, m) -> {
                String goal = m.group(m.groupCount());
                if (!plugin.parametersByGoal().containsKey(goal)) {
                    violations.add(place + ": goal " + goal + " does not exist; the goals are "
                            + plugin.parametersByGoal().keySet());
                }
            });
        }
        forEachMatch(COORDINATE_GOAL, (place, m) -> {
            if (!m.group(1).equals(plugin.version())) {
                violations.add(
                        place + ": version " + m.group(1) + " is not the version being built, " + plugin.version());
            }
        });
        assertNoViolations("goals that do not exist or versions not built", violations);
    }

    /** Calls back with "file:line" for every match of the pattern in every line of the Markdown files. */
    private static void forEachMatch(Pattern pattern, BiConsumer<String, Matcher> check) {
        for (Path doc : markdownFiles()) {
            List<String> lines = read(doc).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                while (m.find()) {
                    check.accept(where(doc, i + 1), m);
                }
            }
        }
    }

    @Test
    void everyXmlExampleUsesRealGoalsAndParametersAndTheBuiltVersion() {
        List<String> violations = new ArrayList<>();
        for (XmlExample example : xmlExamples()) {
            for (PluginXmlUsage.Use use : PluginXmlUsage.find(example.xml)) {
                String place = where(example.file, example.firstLine + use.line() - 1);
                if (use.kind().equals("goal")) {
                    if (!plugin.parametersByGoal().containsKey(use.name())) {
                        violations.add(place + ": <goal>" + use.name() + "</goal> does not exist; the goals are "
                                + plugin.parametersByGoal().keySet());
                    }
                    continue;
                }
                Set<String> known = new LinkedHashSet<>();
                if (use.goals().isEmpty()) {
                    known.addAll(plugin.allParameters());
                } else {
                    use.goals()
                            .forEach(g -> known.addAll(plugin.parametersByGoal().getOrDefault(g, Set.of())));
                }
                if (!known.contains(use.name())) {
                    violations.add(place + ": <" + use.name() + "> is no configurable parameter of "
                            + (use.goals().isEmpty() ? "any goal" : "goal " + use.goals()));
                }
            }
            Matcher pinned = PINNED_VERSION.matcher(example.xml);
            while (pinned.find()) {
                if (!pinned.group(1).trim().equals(plugin.version())) {
                    int line = example.firstLine
                            + (int) example.xml
                                    .substring(0, pinned.start(1))
                                    .lines()
                                    .count()
                            - 1;
                    violations.add(where(example.file, line) + ": pins version " + pinned.group(1)
                            + ", not the version being built, " + plugin.version());
                }
            }
        }
        assertNoViolations("XML examples that use what the plugin does not have", violations);
    }

    @Test
    void theChecksSeeTheDocumentsAndTheDescriptor() {
        // Guards against the checks passing because they read nothing.
        assertTrue(markdownFiles().contains(ROOT.resolve("README.md")), "README.md not found from " + ROOT);
        assertTrue(
                xmlExamples().size() >= 3,
                "too few XML examples found: " + xmlExamples().size());
        assertTrue(plugin.parametersByGoal().get("paired").contains("failOnRegression"));
        assertTrue(plugin.properties().contains("perfgate.failOnRegression"));
        assertTrue(plugin.parametersByGoal().containsKey("analyze"));
    }

    @Test
    void theXmlReaderFindsWhatIsWrongInAFragment() {
        String fragment = """
                <plugin>
                  <artifactId>maven-surefire-plugin</artifactId>
                  <configuration><skipTests>true</skipTests></configuration>
                </plugin>
                <plugin>
                  <groupId>dev.perfgate</groupId>
                  <artifactId>perfgate-maven-plugin</artifactId>
                  <executions>
                    <execution>
                      <goals><goal>paired</goal></goals>
                      <configuration>
                        <!-- <commented>out</commented> -->
                        <baselineCommand><arg>java</arg><configuration/></baselineCommand>
                        <noSuchThing>1</noSuchThing>
                      </configuration>
                    </execution>
                  </executions>
                </plugin>
                """;
        List<String> found = PluginXmlUsage.find(fragment).stream()
                .map(u -> u.kind() + " " + u.name() + " " + u.goals() + " line " + u.line())
                .toList();
        assertEquals(
                List.of(
                        "goal paired [] line 10",
                        "parameter baselineCommand [paired] line 13",
                        "parameter noSuchThing [paired] line 14"),
                found);
        // a bare fragment is ours unless it names another plugin
        assertEquals(
                List.of("failOnRegression"),
                PluginXmlUsage.find("<configuration>\n  <failOnRegression>5</failOnRegression>\n</configuration>\n")
                        .stream()
                        .map(PluginXmlUsage.Use::name)
                        .toList());
        assertEquals(
                List.of(),
                PluginXmlUsage.find(
                        "<artifactId>maven-jar-plugin</artifactId>\n<configuration><archive/></configuration>\n"));
    }

    private record XmlExample(Path file, int firstLine, String xml) {}

    private static List<XmlExample> xmlExamples() {
        List<XmlExample> examples = new ArrayList<>();
        for (Path doc : markdownFiles()) {
            List<String> lines = read(doc).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).trim().matches("(```|~~~)\\s*xml\\b.*")) {
                    int start = i + 1;
                    StringBuilder block = new StringBuilder();
                    for (i = start;
                            i < lines.size() && !FENCE.matcher(lines.get(i)).find();
                            i++) {
                        block.append(lines.get(i)).append('\n');
                    }
                    examples.add(new XmlExample(doc, start + 1, block.toString()));
                }
            }
        }
        try (Stream<Path> poms = Files.list(ROOT.resolve("examples"))) {
            poms.map(dir -> dir.resolve("pom.xml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(pom -> examples.add(new XmlExample(pom, 1, read(pom))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    /** Lines outside fenced code blocks, with code spans blanked: links in code are not links. */
    private static List<String> proseLines(Path doc) {
        List<String> lines = new ArrayList<>();
        boolean inFence = false;
        for (String line : read(doc).lines().toList()) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                lines.add("");
            } else {
                lines.add(inFence ? "" : CODE_SPAN.matcher(line).replaceAll(""));
            }
        }
        return lines;
    }

    private static List<String> linkTargets(String line) {
        List<String> targets = new ArrayList<>();
        Matcher inline = INLINE_LINK.matcher(line);
        while (inline.find()) {
            targets.add(inline.group(1));
        }
        Matcher reference = REFERENCE_LINK.matcher(line);
        if (reference.matches()) {
            targets.add(reference.group(1));
        }
        return targets.stream()
                .filter(t -> !t.matches("(?i)[a-z][a-z0-9+.-]*:.*"))
                .toList(); // URLs, mailto:
    }

    /** Why a relative link does not resolve, or null when it does. */
    private static String problemWithLink(Path doc, String target) {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        // GitHub reads a link that starts with "/" from the repository's root.
        Path resolved = file.isEmpty()
                ? doc
                : file.startsWith("/")
                        ? ROOT.resolve(file.substring(1)).normalize()
                        : doc.getParent().resolve(file).normalize();
        if (!resolved.startsWith(ROOT)) {
            return "leaves the repository";
        }
        if (!Files.exists(resolved)) {
            return "points to " + ROOT.relativize(resolved) + ", which does not exist";
        }
        if (anchor != null
                && !anchor.isEmpty()
                && resolved.toString().endsWith(".md")
                && !headingAnchors(resolved).contains(anchor)) {
            return "names no heading of " + ROOT.relativize(resolved) + " (anchors there: " + headingAnchors(resolved)
                    + ")";
        }
        return null;
    }

    /** GitHub's anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered -1, -2, .... */
    static Set<String> headingAnchors(Path doc) {
        Set<String> anchors = new LinkedHashSet<>();
        boolean inFence = false;
        for (String line : read(doc).lines().toList()) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (inFence || !heading.matches()) {
                continue;
            }
            String slug = heading.group(1)
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                    .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                    .replace(' ', '-');
            String unique = slug;
            for (int n = 1; !anchors.add(unique); n++) {
                unique = slug + "-" + n;
            }
        }
        return anchors;
    }

    private static List<Path> markdownFiles() {
        List<Path> files = new ArrayList<>();
        for (String top : List.of("README.md", "CHANGELOG.md")) {
            if (Files.isRegularFile(ROOT.resolve(top))) {
                files.add(ROOT.resolve(top));
            }
        }
        for (String dir : List.of("docs", "examples", "bench")) {
            Path folder = ROOT.resolve(dir);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.toString().endsWith(".md")
                                && !ROOT.relativize(p).toString().contains("target"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String where(Path file, int line) {
        return ROOT.relativize(file) + ":" + line;
    }

    private static void assertNoViolations(String what, List<String> violations) {
        assertTrue(violations.isEmpty(), violations.size() + " " + what + ":\n  " + String.join("\n  ", violations));
    }
}

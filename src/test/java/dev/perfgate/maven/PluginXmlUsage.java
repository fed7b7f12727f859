package dev.perfgate.maven;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The goals and parameters that an XML example uses of this plugin: the {@code <goal>}s of its executions
 * and the direct children of its {@code <configuration>}s. Examples in documentation are fragments (a lone
 * {@code <configuration>}, "..." for omitted parts), so this reads tags leniently instead of parsing XML: a
 * fragment without any {@code <plugin>} counts as this plugin's when it names no other artifactId.
 */
final class PluginXmlUsage {

    static final String ARTIFACT_ID = "perfgate-maven-plugin";

    /**
     * One goal or parameter used, with its line in the fragment and, for a parameter, the goals of its
     * execution (empty: the plugin-level configuration, which every goal reads).
     */
    record Use(String kind, String name, List<String> goals, int line) {}

    private static final Pattern TAG = Pattern.compile(
            "<!--.*?-->|<!\\[CDATA\\[.*?]]>|<[?!][^>]*>|<(/?)([A-Za-z_][\\w.:-]*)[^>]*?(/?)>", Pattern.DOTALL);
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");

    private final String xml;
    private final boolean bareFragmentIsOurs;
    private final Deque<Frame> open = new ArrayDeque<>();
    private final List<Use> uses = new ArrayList<>();

    private PluginXmlUsage(String xml) {
        this.xml = xml;
        this.bareFragmentIsOurs =
                ARTIFACT.matcher(xml).results().allMatch(m -> m.group(1).equals(ARTIFACT_ID));
    }

    static List<Use> find(String xml) {
        PluginXmlUsage usage = new PluginXmlUsage(xml);
        usage.scan();
        return usage.uses;
    }

    private void scan() {
        Matcher m = TAG.matcher(xml);
        while (m.find()) {
            if (m.group(2) == null) {
                continue; // comment, CDATA, declaration
            }
            String name = m.group(2);
            if (!m.group(1).isEmpty()) {
                close(name, m.start());
                continue;
            }
            Frame parent = open.peek();
            if (parent != null && parent.name.equals("configuration") && isPluginConfiguration() && ours()) {
                Frame execution = nearest("execution");
                List<String> goals = execution == null ? List.of() : List.copyOf(execution.goals);
                uses.add(new Use("parameter", name, goals, lineOf(m.start())));
            }
            if (m.group(3).isEmpty()) {
                open.push(new Frame(name, m.end()));
            }
        }
    }

    /** Closes the innermost open element of this name and passes what its text says to its ancestors. */
    private void close(String name, int end) {
        if (open.stream().noneMatch(f -> f.name.equals(name))) {
            return; // a fragment that starts inside the element
        }
        Frame closed;
        do {
            closed = open.pop();
        } while (!closed.name.equals(name));
        String text = xml.substring(closed.contentStart, end).trim();
        Frame parent = open.peek();
        if (parent == null) {
            return;
        }
        if (name.equals("artifactId") && parent.name.equals("plugin")) {
            parent.artifactId = text;
        } else if (name.equals("goal") && parent.name.equals("goals") && ours()) {
            Frame execution = nearest("execution");
            if (execution != null) {
                execution.goals.add(text);
            }
            uses.add(new Use("goal", text, List.of(), lineOf(closed.contentStart)));
        }
    }

    private boolean ours() {
        Frame plugin = nearest("plugin");
        return plugin == null ? bareFragmentIsOurs : ARTIFACT_ID.equals(plugin.artifactId);
    }

    /** The innermost open {@code <configuration>} belongs to a plugin or execution, not to a parameter. */
    private boolean isPluginConfiguration() {
        var frames = open.iterator();
        frames.next(); // the configuration itself
        if (!frames.hasNext()) {
            return true; // a fragment that starts with <configuration>
        }
        String above = frames.next().name;
        return above.equals("plugin") || above.equals("execution");
    }

    private Frame nearest(String name) {
        return open.stream().filter(f -> f.name.equals(name)).findFirst().orElse(null);
    }

    private int lineOf(int offset) {
        return (int) xml.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static final class Frame {
        final String name;
        final int contentStart;
        final List<String> goals = new ArrayList<>();
        String artifactId;

        Frame(String name, int contentStart) {
            this.name = name;
            this.contentStart = contentStart;
        }
    }
}

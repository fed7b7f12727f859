package dev.perfgate.maven;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the generated plugin descriptor (target/classes/META-INF/maven/plugin.xml, written by
 * maven-plugin-plugin from the Mojo annotations before the tests run) says the plugin offers: its version,
 * its goals, each goal's configurable parameters (name and alias; read-only ones excluded) and their user
 * properties. The documentation checks compare what the docs name against this, so they follow the code.
 */
record PluginDescriptorFacts(String version, Map<String, Set<String>> parametersByGoal, Set<String> properties) {

    static final Path LOCATION = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Pattern PROPERTY_EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

    static PluginDescriptorFacts read() throws Exception {
        if (!Files.isRegularFile(LOCATION)) {
            throw new IllegalStateException("no plugin descriptor at " + LOCATION.toAbsolutePath()
                    + ": run the build through process-classes (e.g. ./mvnw test) so maven-plugin-plugin writes it");
        }
        try (InputStream in = Files.newInputStream(LOCATION)) {
            return parse(in);
        }
    }

    private static PluginDescriptorFacts parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element plugin = factory.newDocumentBuilder().parse(in).getDocumentElement();
        String version = childText(plugin, "version");
        Map<String, Set<String>> parametersByGoal = new LinkedHashMap<>();
        Set<String> properties = new LinkedHashSet<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            Set<String> parameters = new LinkedHashSet<>();
            NodeList declared = mojo.getElementsByTagName("parameter");
            for (int j = 0; j < declared.getLength(); j++) {
                Element parameter = (Element) declared.item(j);
                if ("true".equals(childText(parameter, "editable"))) {
                    parameters.add(childText(parameter, "name"));
                    String alias = childText(parameter, "alias");
                    if (alias != null) {
                        parameters.add(alias);
                    }
                }
            }
            parametersByGoal.put(childText(mojo, "goal"), parameters);
            // <configuration><name implementation="...">${perfgate.name}</name>: the user properties
            Element configuration = firstChild(mojo, "configuration");
            if (configuration != null) {
                Matcher m = PROPERTY_EXPRESSION.matcher(configuration.getTextContent());
                while (m.find()) {
                    properties.add(m.group(1));
                }
            }
        }
        return new PluginDescriptorFacts(version, parametersByGoal, properties);
    }

    Set<String> allParameters() {
        Set<String> all = new LinkedHashSet<>();
        parametersByGoal.values().forEach(all::addAll);
        return all;
    }

    private static Element firstChild(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element child = firstChild(parent, name);
        return child == null ? null : child.getTextContent().trim();
    }
}

package dev.perfgate.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code @{baselineArtifact}}, {@code @{currentArtifact}} and {@code @{projectArtifact}} placeholders
 * in command arguments. {@code @{...}} rather than {@code ${...}}: Maven interpolates {@code ${...}}
 * in the POM before the plugin sees it. Other {@code @{...}} words (e.g. the core's {@code @{metricFile}})
 * are left alone.
 */
final class ArtifactPlaceholders {

    static final String BASELINE = "baselineArtifact";
    static final String CURRENT = "currentArtifact";
    static final String PROJECT = "projectArtifact";

    private static final List<String> NAMES = List.of(BASELINE, CURRENT, PROJECT);

    private ArtifactPlaceholders() {}

    static String token(String name) {
        return "@{" + name + "}";
    }

    /** The artifact placeholders the arguments use, in the order of {@link #NAMES}. */
    static Set<String> referenced(List<String> argv) {
        Set<String> used = new LinkedHashSet<>();
        for (String name : NAMES) {
            if (argv.stream().anyMatch(arg -> arg.contains(token(name)))) {
                used.add(name);
            }
        }
        return used;
    }

    /** Each placeholder replaced by the absolute path of its file; {@code files} holds every referenced name. */
    static List<String> substitute(List<String> argv, Map<String, Path> files) {
        List<String> result = new ArrayList<>(argv.size());
        for (String arg : argv) {
            String replaced = arg;
            for (Map.Entry<String, Path> e : files.entrySet()) {
                replaced = replaced.replace(
                        token(e.getKey()), e.getValue().toAbsolutePath().toString());
            }
            result.add(replaced);
        }
        return List.copyOf(result);
    }
}

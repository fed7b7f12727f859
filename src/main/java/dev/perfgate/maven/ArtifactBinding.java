package dev.perfgate.maven;

import dev.perfgate.files.FileDigest;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.receipt.ArtifactProvenance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Puts the configured artifacts into the commands: resolves {@code <baselineArtifact>} and
 * {@code <currentArtifact>}, finds this build's artifact when {@code @{projectArtifact}} is used,
 * replaces the placeholders with the files' paths and records per side which file ran. Everything
 * here happens before the first run, so a wrong coordinate never costs a benchmark.
 */
final class ArtifactBinding {

    /**
     * The commands ready to run and, per side, the binary it ran ({@code null} when none was resolved).
     *
     * @param notes what was resolved or left unused, for the log
     */
    record BoundCommands(
            List<String> baseline,
            List<String> current,
            ArtifactProvenance baselineArtifact,
            ArtifactProvenance currentArtifact,
            List<String> notes) {}

    private final ArtifactSource source;

    ArtifactBinding(ArtifactSource source) {
        this.source = source;
    }

    BoundCommands bind(
            List<String> baselineArgv, List<String> currentArgv, String baselineCoordinates, String currentCoordinates)
            throws MojoExecutionException {
        Set<String> used = new LinkedHashSet<>(ArtifactPlaceholders.referenced(baselineArgv));
        used.addAll(ArtifactPlaceholders.referenced(currentArgv));
        List<String> notes = new ArrayList<>();
        Map<String, ResolvedArtifact> resolved = new LinkedHashMap<>();
        resolveConfigured(ArtifactPlaceholders.BASELINE, baselineCoordinates, used, resolved, notes);
        resolveConfigured(ArtifactPlaceholders.CURRENT, currentCoordinates, used, resolved, notes);
        if (used.contains(ArtifactPlaceholders.PROJECT)) {
            resolved.put(ArtifactPlaceholders.PROJECT, source.projectArtifact());
        }
        Map<String, Path> files = new LinkedHashMap<>();
        resolved.forEach((name, artifact) -> files.put(name, artifact.file()));
        return new BoundCommands(
                ArtifactPlaceholders.substitute(baselineArgv, files),
                ArtifactPlaceholders.substitute(currentArgv, files),
                provenance(sideArtifact(ArtifactPlaceholders.BASELINE, baselineArgv, resolved)),
                provenance(sideArtifact(ArtifactPlaceholders.CURRENT, currentArgv, resolved)),
                notes);
    }

    private void resolveConfigured(
            String parameter,
            String coordinates,
            Set<String> used,
            Map<String, ResolvedArtifact> resolved,
            List<String> notes)
            throws MojoExecutionException {
        boolean configured = coordinates != null && !coordinates.isBlank();
        if (!configured) {
            if (used.contains(parameter)) {
                throw PerfgateErrors.invalidConfiguration(
                        new InvalidConfigurationException(
                                parameter,
                                "a command uses " + ArtifactPlaceholders.token(parameter) + " but no " + parameter
                                        + " is set; give its Maven coordinates groupId:artifactId[:extension[:classifier]]:version"));
            }
            return;
        }
        ResolvedArtifact artifact = source.resolve(parameter, coordinates);
        resolved.put(parameter, artifact);
        notes.add(parameter + " " + artifact.requested() + " -> " + artifact.coordinates() + " (" + artifact.file()
                + ")");
        if (!used.contains(parameter)) {
            notes.add(parameter + " is set but no command uses " + ArtifactPlaceholders.token(parameter)
                    + ": it is recorded in the receipt only");
        }
    }

    /** A side's binary: its own artifact parameter, else this build's artifact when its command uses it. */
    private static ResolvedArtifact sideArtifact(
            String parameter, List<String> argv, Map<String, ResolvedArtifact> resolved) {
        if (resolved.containsKey(parameter)) {
            return resolved.get(parameter);
        }
        return ArtifactPlaceholders.referenced(argv).contains(ArtifactPlaceholders.PROJECT)
                ? resolved.get(ArtifactPlaceholders.PROJECT)
                : null;
    }

    private static ArtifactProvenance provenance(ResolvedArtifact artifact) throws MojoExecutionException {
        if (artifact == null) {
            return null;
        }
        Path file = artifact.file().toAbsolutePath();
        try {
            return new ArtifactProvenance(
                    artifact.requested(), artifact.coordinates(), file.toString(), FileDigest.sha256(file));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot read " + file + " (" + artifact.coordinates() + ") to hash it: " + e.getMessage(), e);
        }
    }
}

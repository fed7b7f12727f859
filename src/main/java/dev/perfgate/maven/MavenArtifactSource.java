package dev.perfgate.maven;

import dev.perfgate.paired.config.InvalidConfigurationException;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.version.Version;

/**
 * Resolves coordinates with Maven's own resolver, the build's session and the project's remote
 * repositories: mirrors, credentials, proxies and offline mode from settings.xml apply as for any
 * dependency. Uses only resolver API present since Maven 3.6.3 (resolver 1.4.1).
 */
final class MavenArtifactSource implements ArtifactSource {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final MavenProject project;

    MavenArtifactSource(
            RepositorySystem system,
            RepositorySystemSession session,
            List<RemoteRepository> repositories,
            MavenProject project) {
        this.system = system;
        this.session = session;
        this.repositories = repositories == null ? List.of() : List.copyOf(repositories);
        this.project = project;
    }

    @Override
    public ResolvedArtifact resolve(String parameter, String coordinates) throws MojoExecutionException {
        Artifact wanted = parse(parameter, coordinates);
        String version = newestVersion(parameter, coordinates, wanted);
        Artifact found;
        try {
            found = system.resolveArtifact(session, new ArtifactRequest(wanted.setVersion(version), repositories, null))
                    .getArtifact();
        } catch (ArtifactResolutionException e) {
            throw unresolvable(parameter, coordinates, "version " + version + " has no file: " + e.getMessage(), e);
        }
        return new ResolvedArtifact(
                coordinates.trim(),
                ArtifactCoordinates.of(
                        found.getGroupId(),
                        found.getArtifactId(),
                        found.getExtension(),
                        found.getClassifier(),
                        found.getVersion()),
                found.getFile().toPath());
    }

    @Override
    public ResolvedArtifact projectArtifact() throws MojoExecutionException {
        String placeholder = ArtifactPlaceholders.token(ArtifactPlaceholders.PROJECT);
        if (project == null || project.getFile() == null) {
            throw new MojoExecutionException(placeholder + " is this build's main artifact, but there is no project"
                    + " (no pom.xml): give the file's path, or <currentArtifact> / -Dperfgate.currentArtifact.");
        }
        if ("pom".equals(project.getPackaging())) {
            throw new MojoExecutionException(
                    placeholder + " is this build's main artifact, but a project with packaging"
                            + " pom has none: use it in the module that builds the binary.");
        }
        org.apache.maven.artifact.Artifact main = project.getArtifact();
        File file = main.getFile();
        if (file == null || !file.isFile()) {
            throw new MojoExecutionException(placeholder + " is this build's main artifact, which is not packaged yet"
                    + (file == null ? "" : " (" + file + " is not a file)") + ": run perfgate:paired after the package"
                    + " phase, e.g. `mvn verify` with the default binding, not `mvn perfgate:paired` alone.");
        }
        String extension = main.getArtifactHandler() == null
                ? main.getType()
                : main.getArtifactHandler().getExtension();
        return new ResolvedArtifact(
                placeholder,
                ArtifactCoordinates.of(
                        main.getGroupId(), main.getArtifactId(), extension, main.getClassifier(), main.getVersion()),
                file.toPath());
    }

    private static Artifact parse(String parameter, String coordinates) throws MojoExecutionException {
        try {
            return new DefaultArtifact(coordinates.trim());
        } catch (IllegalArgumentException e) {
            throw PerfgateErrors.invalidConfiguration(new InvalidConfigurationException(
                    parameter,
                    parameter + " '" + coordinates
                            + "' is not Maven coordinates groupId:artifactId[:extension[:classifier]]:version"));
        }
    }

    /**
     * The version itself, or for a range the newest release it matches: a range means "the newest
     * release", so snapshots that happen to be in a repository's metadata are passed over.
     */
    private String newestVersion(String parameter, String coordinates, Artifact wanted) throws MojoExecutionException {
        VersionRangeResult result;
        try {
            result = system.resolveVersionRange(session, new VersionRangeRequest(wanted, repositories, null));
        } catch (VersionRangeResolutionException e) {
            throw unresolvable(parameter, coordinates, e.getMessage(), e);
        }
        boolean range =
                wanted.getVersion().startsWith("[") || wanted.getVersion().startsWith("(");
        List<Version> candidates = result.getVersions().stream()
                .filter(v -> !range || !v.toString().endsWith("-SNAPSHOT"))
                .toList();
        if (candidates.isEmpty()) {
            throw unresolvable(parameter, coordinates, "no " + (range ? "released " : "") + "version matches", null);
        }
        return candidates.get(candidates.size() - 1).toString(); // the resolver lists them in ascending order
    }

    private MojoExecutionException unresolvable(String parameter, String coordinates, String why, Exception cause) {
        String tried = "local repository " + session.getLocalRepository().getBasedir()
                + (repositories.isEmpty()
                        ? ""
                        : ", "
                                + repositories.stream()
                                        .map(r -> r.getId() + " (" + r.getUrl() + ")")
                                        .collect(Collectors.joining(", ")))
                + (session.isOffline() ? " (offline: remote repositories were not contacted)" : "");
        return new MojoExecutionException(
                "Cannot resolve " + PerfgateErrors.where(parameter) + " '" + coordinates + "': " + why
                        + ". Repositories tried: " + tried + ". No command was run.",
                cause);
    }
}

package dev.perfgate.maven;

import org.apache.maven.plugin.MojoExecutionException;

/** Where the artifacts named in the configuration come from: Maven's resolver and the project itself. */
interface ArtifactSource {

    /**
     * The newest version matching {@code coordinates}, downloaded if needed.
     *
     * @param parameter the parameter that configured it, for error messages ({@code baselineArtifact})
     */
    ResolvedArtifact resolve(String parameter, String coordinates) throws MojoExecutionException;

    /** This build's main artifact, once packaged; an error saying so before that. */
    ResolvedArtifact projectArtifact() throws MojoExecutionException;
}

package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.files.FileDigest;
import dev.perfgate.receipt.ArtifactProvenance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactBindingTest {

    @TempDir
    Path dir;

    /** Resolves anything to a file named after the coordinates, and records what was asked. */
    private final class FakeSource implements ArtifactSource {
        final List<String> asked = new ArrayList<>();
        boolean packaged = true;

        @Override
        public ResolvedArtifact resolve(String parameter, String coordinates) throws MojoExecutionException {
            asked.add(parameter + "=" + coordinates);
            return new ResolvedArtifact(
                    coordinates, coordinates.replace("[1,)", "1.4"), write(parameter + ".jar", coordinates));
        }

        @Override
        public ResolvedArtifact projectArtifact() throws MojoExecutionException {
            if (!packaged) {
                throw new MojoExecutionException(
                        "@{projectArtifact} is this build's main artifact, which is not packaged yet");
            }
            return new ResolvedArtifact("@{projectArtifact}", "g:app:jar:2.0-SNAPSHOT", write("app.jar", "project"));
        }

        private Path write(String fileName, String content) {
            try {
                return Files.writeString(dir.resolve(fileName), content, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private final FakeSource source = new FakeSource();

    @Test
    void placeholdersBecomeAbsolutePathsAndEachSideRecordsItsBinaryWithItsHash() throws Exception {
        ArtifactBinding.BoundCommands bound = new ArtifactBinding(source)
                .bind(
                        List.of("java", "-jar", "@{baselineArtifact}"),
                        List.of("java", "-cp", "lib/*:@{projectArtifact}", "Main"),
                        "g:app:[1,)",
                        null);

        Path baselineFile = dir.resolve("baselineArtifact.jar").toAbsolutePath();
        Path projectFile = dir.resolve("app.jar").toAbsolutePath();
        assertEquals(List.of("java", "-jar", baselineFile.toString()), bound.baseline());
        assertEquals(List.of("java", "-cp", "lib/*:" + projectFile, "Main"), bound.current());

        ArtifactProvenance baseline = bound.baselineArtifact();
        assertEquals("g:app:[1,)", baseline.requested());
        assertEquals("g:app:1.4", baseline.coordinates());
        assertEquals(baselineFile.toString(), baseline.file());
        assertEquals(FileDigest.sha256(baselineFile), baseline.sha256());
        assertEquals(64, baseline.sha256().length());
        assertEquals("g:app:jar:2.0-SNAPSHOT", bound.currentArtifact().coordinates());
        assertEquals("@{projectArtifact}", bound.currentArtifact().requested());
    }

    @Test
    void otherPlaceholdersAreLeftForTheCore() throws Exception {
        ArtifactBinding.BoundCommands bound = new ArtifactBinding(source)
                .bind(List.of("run", "-rff", "@{metricFile}"), List.of("run", "@{metricFile}"), null, null);
        assertEquals(List.of("run", "-rff", "@{metricFile}"), bound.baseline());
        assertEquals(List.of("run", "@{metricFile}"), bound.current());
        assertNull(bound.baselineArtifact());
        assertNull(bound.currentArtifact());
        assertTrue(source.asked.isEmpty());
    }

    @Test
    void aPlaceholderWithoutItsArtifactNamesTheParameterToSet() {
        MojoExecutionException error = assertThrows(
                MojoExecutionException.class,
                () -> new ArtifactBinding(source)
                        .bind(
                                List.of("java", "-jar", "old.jar"),
                                List.of("java", "-jar", "@{currentArtifact}"),
                                "g:a:1",
                                null));
        assertTrue(error.getMessage().contains("@{currentArtifact}"), error.getMessage());
        assertTrue(error.getMessage().contains("<currentArtifact> / -Dperfgate.currentArtifact"), error.getMessage());
    }

    @Test
    void theProjectArtifactIsOnlyLookedUpWhenUsed() throws Exception {
        source.packaged = false;
        ArtifactBinding.BoundCommands bound =
                new ArtifactBinding(source).bind(List.of("true"), List.of("true"), null, "g:a:1");
        assertEquals(List.of("currentArtifact=g:a:1"), source.asked);
        assertTrue(
                bound.notes().stream().anyMatch(n -> n.contains("no command uses @{currentArtifact}")),
                bound.notes().toString());
        assertEquals("g:a:1", bound.currentArtifact().coordinates());

        MojoExecutionException error = assertThrows(
                MojoExecutionException.class,
                () -> new ArtifactBinding(source)
                        .bind(List.of("true"), List.of("java", "-jar", "@{projectArtifact}"), null, null));
        assertTrue(error.getMessage().contains("not packaged yet"), error.getMessage());
    }

    @Test
    void fileDigestIsTheSha256OfTheBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("abc"), "abc", StandardCharsets.US_ASCII);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FileDigest.sha256(file));
    }
}

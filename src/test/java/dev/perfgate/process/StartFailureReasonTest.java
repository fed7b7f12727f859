package dev.perfgate.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartFailureReasonTest {

    @TempDir
    Path tempDir;

    @Test
    void bareProgramNotFoundPointsAtThePath() {
        IOException e = new IOException("Cannot run program \"foo\": error=2, No such file or directory");

        assertEquals(
                "no such file or directory — is 'foo' on the PATH?", StartFailureReason.describe(List.of("foo"), e));
    }

    @Test
    void programWithAPathNotFoundNamesThePath() {
        IOException e = new IOException("Cannot run program \"./bin/foo\": error=2, No such file or directory");

        assertEquals("no such file or directory: ./bin/foo", StartFailureReason.describe(List.of("./bin/foo"), e));
    }

    @Test
    void permissionDeniedAsksWhetherItIsExecutable() {
        IOException e = new IOException("Cannot run program \"x\": error=13, Permission denied");

        assertEquals("permission denied — is 'x' an executable file?", StartFailureReason.describe(List.of("x"), e));
    }

    @Test
    void unknownFailureKeepsTheJdkMessage() {
        IOException e = new IOException("Cannot run program \"x\": error=7, Argument list too long");

        assertEquals(
                "Cannot run program \"x\": error=7, Argument list too long",
                StartFailureReason.describe(List.of("x"), e));
    }

    @Test
    void workingDirectoryProblems() throws IOException {
        Path file = Files.writeString(tempDir.resolve("file"), "");

        assertEquals(Optional.empty(), StartFailureReason.workingDirectoryProblem(null));
        assertEquals(Optional.empty(), StartFailureReason.workingDirectoryProblem(tempDir));
        assertEquals(
                Optional.of("working directory " + file + " is not a directory"),
                StartFailureReason.workingDirectoryProblem(file));
        assertEquals(
                Optional.of("working directory " + tempDir.resolve("nope") + " does not exist"),
                StartFailureReason.workingDirectoryProblem(tempDir.resolve("nope")));
    }
}

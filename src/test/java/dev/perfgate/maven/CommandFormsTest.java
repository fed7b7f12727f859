package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.config.CommandForms;
import dev.perfgate.paired.config.InvalidConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandFormsTest {

    @Test
    void shellWordsAreSplitWithQuotesButNotExpanded() throws Exception {
        assertEquals(
                List.of("java", "-Dx=a b", "-jar", "my app.jar", "$HOME", "*"),
                CommandForms.resolve("baseline", null, "java \"-Dx=a b\" -jar 'my app.jar' $HOME *"));
    }

    @Test
    void argvListIsTakenAsIs() throws Exception {
        assertEquals(
                List.of("sh", "-c", "echo 'hi' | wc"),
                CommandForms.resolve("current", List.of("sh", "-c", "echo 'hi' | wc"), null));
    }

    @Test
    void anEmptyArgElementIsPassedAsAnEmptyArgument() throws Exception {
        // Maven injects <arg/> and <arg></arg> as null.
        assertEquals(
                List.of("grep", "-c", "", "file"),
                CommandForms.resolve("current", java.util.Arrays.asList("grep", "-c", null, "file"), null));
    }

    @Test
    void bothFormsForOneSideIsAnError() {
        InvalidConfigurationException error = assertThrows(
                InvalidConfigurationException.class, () -> CommandForms.resolve("baseline", List.of("true"), "true"));
        assertEquals("baseline", error.parameter());
        // Neutral setting names: the Maven adapter (PerfgateErrors) says where the setting is written.
        assertTrue(
                error.getMessage().contains("argument list (baselineCommand)")
                        && error.getMessage().contains("one string (baseline)")
                        && !error.getMessage().contains("-Dperfgate"),
                error.getMessage());
    }

    @Test
    void unbalancedQuotesAreAClearError() {
        InvalidConfigurationException error = assertThrows(
                InvalidConfigurationException.class, () -> CommandForms.resolve("current", null, "java 'oops"));
        assertEquals("current", error.parameter());
        assertTrue(error.getMessage().contains("quotes"), error.getMessage());
    }

    @Test
    void neitherFormGivesAnEmptyCommandForTheValidatorToReport() throws Exception {
        assertEquals(List.of(), CommandForms.resolve("current", null, "  "));
    }

    @Test
    void errorsNameTheElementAndTheProperty() {
        assertEquals("<repeat> / -Dperfgate.repeat", PerfgateErrors.where("repeat"));
        assertEquals("<environment>", PerfgateErrors.where("environment"));
        // The commands around the runs: the list's element, and the one-string property of its short name.
        assertEquals("<setupCommand> / -Dperfgate.setup", PerfgateErrors.where("setupCommand"));
        assertEquals("<concludeCommand> / -Dperfgate.conclude", PerfgateErrors.where("concludeCommand"));
        assertEquals("<currentPrepareCommand>", PerfgateErrors.where("currentPrepareCommand"));
    }
}

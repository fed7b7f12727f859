package dev.perfgate.maven;

import dev.perfgate.paired.config.CommandForms;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.receipt.CommandHooks;
import java.util.List;

/**
 * The commands around the runs from their POM forms: each common one as an argv list or a one-string property
 * ({@code <setupCommand>} or {@code -Dperfgate.setup}, never both), the per-side ones as lists only.
 */
final class HookForms {

    private HookForms() {}

    record Given(
            List<String> setupCommand,
            String setup,
            List<String> cleanupCommand,
            String cleanup,
            List<String> prepareCommand,
            String prepare,
            List<String> baselinePrepareCommand,
            List<String> currentPrepareCommand,
            List<String> concludeCommand,
            String conclude,
            List<String> baselineConcludeCommand,
            List<String> currentConcludeCommand) {}

    static CommandHooks resolve(Given g) throws InvalidConfigurationException {
        return new CommandHooks(
                CommandForms.resolve("setup", g.setupCommand(), g.setup()),
                CommandForms.resolve("cleanup", g.cleanupCommand(), g.cleanup()),
                CommandForms.resolve("prepare", g.prepareCommand(), g.prepare()),
                CommandForms.resolve("baselinePrepare", g.baselinePrepareCommand(), null),
                CommandForms.resolve("currentPrepare", g.currentPrepareCommand(), null),
                CommandForms.resolve("conclude", g.concludeCommand(), g.conclude()),
                CommandForms.resolve("baselineConclude", g.baselineConcludeCommand(), null),
                CommandForms.resolve("currentConclude", g.currentConcludeCommand(), null));
    }
}

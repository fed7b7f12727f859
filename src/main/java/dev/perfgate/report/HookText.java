package dev.perfgate.report;

import dev.perfgate.receipt.CommandHooks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The commands run around the measured ones, labelled for the reports, in the order they run. */
final class HookText {

    private HookText() {}

    /** Label to argv, only those configured; empty for {@code null}. */
    static Map<String, List<String>> commands(CommandHooks hooks) {
        Map<String, List<String>> commands = new LinkedHashMap<>();
        if (hooks == null) {
            return commands;
        }
        put(commands, "setup", hooks.setup());
        put(commands, "prepare", hooks.prepare());
        put(commands, "baseline prepare", hooks.baselinePrepare());
        put(commands, "current prepare", hooks.currentPrepare());
        put(commands, "conclude", hooks.conclude());
        put(commands, "baseline conclude", hooks.baselineConclude());
        put(commands, "current conclude", hooks.currentConclude());
        put(commands, "cleanup", hooks.cleanup());
        return commands;
    }

    private static void put(Map<String, List<String>> commands, String label, List<String> argv) {
        if (argv != null) {
            commands.put(label, argv);
        }
    }
}

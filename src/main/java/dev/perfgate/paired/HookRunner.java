package dev.perfgate.paired;

import dev.perfgate.paired.config.ConfigurationLimits;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.paired.config.SettingNames;
import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.CommandHooks;
import dev.perfgate.receipt.PairedSampleHalf;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * Runs the commands around the measured ones ({@link CommandHooks}): untimed, in the same working directory and
 * environment as the commands, under the same timeout and the runner's leftover-process cleanup. A failure says
 * which command failed, where (side and pair), how it ended, and the last lines of its output.
 */
final class HookRunner {

    private final CommandHooks hooks;
    private final PairedRunRequest request;
    private final SettingNames names;

    /** @param names how a failure names the setting that holds the command (e.g. {@code setupCommand}) */
    HookRunner(CommandHooks hooks, PairedRunRequest request, SettingNames names) {
        this.hooks = hooks == null ? CommandHooks.NONE : hooks;
        this.request = request;
        this.names = names;
    }

    void setup(ProcessRunner runner) throws HookFailedException {
        run(runner, hooks.setup(), "setup", "setupCommand", "before the first pair");
    }

    /** Before a run of {@code side} in pair {@code pairNumber} (1-based, warmups included). */
    void prepare(ProcessRunner runner, String side, long pairNumber) throws HookFailedException {
        run(
                runner,
                hooks.prepareFor(side),
                "prepare",
                settingKey("Prepare", side, hooks.baselinePrepare(), hooks.currentPrepare()),
                "before the " + side + " run of pair " + pairNumber);
    }

    /** After a run of {@code side} in pair {@code pairNumber}. */
    void conclude(ProcessRunner runner, String side, long pairNumber) throws HookFailedException {
        run(
                runner,
                hooks.concludeFor(side),
                "conclude",
                settingKey("Conclude", side, hooks.baselineConclude(), hooks.currentConclude()),
                "after the " + side + " run of pair " + pairNumber);
    }

    /** Once after the last pair, whatever ended the runs; {@code null} when it succeeded or none is set. */
    String cleanup(ProcessRunner runner, String after) {
        try {
            run(runner, hooks.cleanup(), "cleanup", "cleanupCommand", after);
            return null;
        } catch (HookFailedException e) {
            return e.getMessage();
        } catch (CancellationException e) {
            // stopped while cleaning up: the pairs are complete, the receipt must still be written
            return cannotCleanUp("the build was interrupted while it ran");
        }
    }

    /** Why the cleanup command did not run or finish, or {@code null} when none is set. */
    String cannotCleanUp(String why) {
        return hooks.cleanup() == null
                ? null
                : "the cleanup command (" + names.of("cleanupCommand") + ": " + String.join(" ", hooks.cleanup())
                        + ") did not run to its end: " + why;
    }

    private void run(ProcessRunner runner, List<String> argv, String what, String setting, String where)
            throws HookFailedException {
        if (argv == null) {
            return;
        }
        CommandSpec spec = new CommandSpec(
                what,
                argv,
                request.workingDirectory(),
                request.environment(),
                request.timeout(),
                ConfigurationLimits.keptOutputBytes(request.outputCapBytes()));
        String named =
                "the " + what + " command " + where + " (" + names.of(setting) + ": " + String.join(" ", argv) + ")";
        RunResult result;
        try {
            result = InterruptedRuns.run(runner, spec);
        } catch (CommandStartException e) {
            throw new HookFailedException(named + " cannot start: " + e.getMessage());
        }
        if (result.timedOut()) {
            throw new HookFailedException(named + " timed out" + tail(result));
        }
        if (result.exitCode() != 0) {
            throw new HookFailedException(named + " failed: "
                    + RunFailures.howItEnded(SampleHalves.from(result, PairedSampleHalf.FIRST)) + tail(result));
        }
    }

    private static String tail(RunResult result) {
        return RunFailures.OutputTail.of(SampleHalves.from(result, PairedSampleHalf.FIRST), result);
    }

    /** {@code baselinePrepareCommand} when the side's own command ran, else the common {@code prepareCommand}. */
    private static String settingKey(String kind, String side, List<String> baselineOwn, List<String> currentOwn) {
        boolean own = "baseline".equals(side) ? baselineOwn != null : currentOwn != null;
        return own ? side + kind + "Command" : kind.toLowerCase(Locale.ROOT) + "Command";
    }
}

package dev.perfgate.process.posix;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.choice.ProcessRunners;
import java.util.List;
import java.util.Map;

/**
 * A JVM running benchmark commands one after the other, as the use case does, for
 * {@link InterruptedBuildTest}. Arguments: a pid file, the runner, a marker. Each run appends a line to
 * {@code <pid file>.starts}, starts a daemon in a new session ({@code sleep 300.<marker>}), writes its
 * pid to the pid file and then sleeps for a minute ignoring SIGINT, as a benchmark caught by Ctrl-C would.
 */
public final class InFlightRunMain {

    private InFlightRunMain() {
    }

    public static void main(String[] args) throws Exception {
        String pidFile = args[0];
        String script = "trap '' INT; echo started >> '" + pidFile + ".starts'; setsid sleep 300." + args[2]
                + " & echo $$ > '" + pidFile + ".tmp'; mv '" + pidFile + ".tmp' '" + pidFile + "'; exec sleep 60";
        for (int run = 0; run < 3; run++) {
            ProcessRunners.select(args[1]).run(new CommandSpec("current", List.of("/bin/sh", "-c", script), null,
                    Map.of(), null, 0));
        }
    }
}

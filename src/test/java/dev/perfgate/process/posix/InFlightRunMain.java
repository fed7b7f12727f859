package dev.perfgate.process.posix;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.choice.ProcessRunners;
import java.util.List;
import java.util.Map;

/**
 * A JVM running benchmark commands one after the other, as the use case does, for
 * {@link InterruptedBuildTest}. Arguments: a pid file, the runner, a marker, and optionally
 * {@code background}. Each run appends a line to {@code <pid file>.starts}, writes its shell's pid to the
 * pid file, and then either starts a daemon in a new session ({@code sleep 300.<marker>}) and sleeps for a
 * minute ignoring SIGINT, as a benchmark caught by Ctrl-C would; or ({@code background}) runs
 * {@code sleep 300.<marker> & sleep 300; wait}, whose background sleep ignores SIGINT (a shell without job
 * control starts background commands so) and outlives its shell when a Ctrl-C reaches both.
 */
public final class InFlightRunMain {

    private InFlightRunMain() {}

    public static void main(String[] args) throws Exception {
        String pidFile = args[0];
        String started = "echo started >> '" + pidFile + ".starts'; echo $$ > '" + pidFile + ".tmp'; mv '" + pidFile
                + ".tmp' '" + pidFile + "'; ";
        String script = args.length > 3 && args[3].equals("background")
                ? started + "sleep 300." + args[2] + " & sleep 300; wait"
                : "trap '' INT; setsid sleep 300." + args[2] + " & " + started + "exec sleep 60";
        for (int run = 0; run < 3; run++) {
            ProcessRunners.select(args[1])
                    .run(new CommandSpec("current", List.of("/bin/sh", "-c", script), null, Map.of(), null, 0));
        }
    }
}

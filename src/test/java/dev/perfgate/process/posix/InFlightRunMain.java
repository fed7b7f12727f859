package dev.perfgate.process.posix;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.ProcessRunners;
import java.util.List;
import java.util.Map;

/**
 * A JVM with one run in flight, for {@link InterruptedBuildTest}: with the runner named by the second
 * argument, runs a shell that writes its pid to the file named by the first and then sleeps for a minute
 * ignoring SIGINT, as a benchmark caught by Ctrl-C would.
 */
public final class InFlightRunMain {

    private InFlightRunMain() {
    }

    public static void main(String[] args) throws Exception {
        String script = "trap '' INT; echo $$ > '" + args[0] + ".tmp'; mv '" + args[0] + ".tmp' '" + args[0]
                + "'; exec sleep 60";
        ProcessRunners.select(args[1]).run(new CommandSpec("current", List.of("/bin/sh", "-c", script), null, Map.of(),
                null, 0));
    }
}

package dev.perfgate.process.posix;

import static dev.perfgate.process.posix.PosixConstants.MAC;

import com.sun.jna.Memory;
import com.sun.jna.StringArray;
import dev.perfgate.process.CommandSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything {@code posix_spawnp} needs for one run, prepared before the clock starts: argv and envp,
 * file actions (stdin from /dev/null, stdout and stderr to files, the working directory, no inherited
 * descriptors) and attributes (a new process group, an empty signal mask, default signal dispositions).
 */
final class SpawnPlan implements AutoCloseable {

    private static final int OUTPUT_FILE_MODE = 0600;

    final byte[] file;
    final StringArray argv;
    final StringArray envp;
    final Memory fileActions = new Memory(PosixConstants.OPAQUE_STRUCT_BYTES);
    final Memory attributes = SHARED_ATTRIBUTES;
    private boolean fileActionsReady;

    /*
     * What is the same for every run is built once: per-run allocations (each JNA Memory registers a
     * cleaner) and the code behind them keep the JIT compiler and the JNA cleaner busy on the other CPU
     * while the first few hundred commands run, and on a small machine that slows the commands themselves
     * (see QuietStart). posix_spawnp only reads the attributes and envp, so threads can share them.
     */
    private static final Memory SHARED_ATTRIBUTES = sharedAttributes();
    /** The JVM's environment never changes, so the common case (no overrides) reuses one envp. */
    private static final StringArray INHERITED_ENVP =
            new StringArray(environment(Map.of()), StandardCharsets.UTF_8.name());

    SpawnPlan(CommandSpec spec, Path workingDirectory, Path stdout, Path stderr) {
        file = cString(spec.argv().get(0));
        argv = new StringArray(spec.argv().toArray(new String[0]), StandardCharsets.UTF_8.name());
        envp = spec.environment().isEmpty()
                ? INHERITED_ENVP
                : new StringArray(environment(spec.environment()), StandardCharsets.UTF_8.name());
        fileActions.clear();
        try {
            prepareFileActions(workingDirectory, stdout, stderr);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void prepareFileActions(Path workingDirectory, Path stdout, Path stderr) {
        check("posix_spawn_file_actions_init", LibC.posix_spawn_file_actions_init(fileActions));
        fileActionsReady = true;
        // No O_TRUNC: the capture files were just created empty, and truncating a file costs the timed window
        // ~8 µs of journalling on ext4 (measured against /bin/true's 0.6 ms). O_CREAT stays for a file removed
        // in between, so that the command still runs.
        int write = PosixConstants.O_WRONLY | PosixConstants.O_CREAT;
        check(
                "addopen stdin",
                LibC.posix_spawn_file_actions_addopen(
                        fileActions, 0, cString("/dev/null"), PosixConstants.O_RDONLY, 0));
        check(
                "addopen stdout",
                LibC.posix_spawn_file_actions_addopen(
                        fileActions, 1, cString(stdout.toString()), write, OUTPUT_FILE_MODE));
        check(
                "addopen stderr",
                LibC.posix_spawn_file_actions_addopen(
                        fileActions, 2, cString(stderr.toString()), write, OUTPUT_FILE_MODE));
        if (workingDirectory != null) {
            check(
                    "addchdir_np",
                    LibC.posix_spawn_file_actions_addchdir_np(fileActions, cString(workingDirectory.toString())));
        }
        // The JVM's own descriptors are mostly not close-on-exec; the command must not inherit them (a
        // background grandchild holding one could keep a build's pipe open). macOS does this with a flag.
        if (!MAC && LibC.ADD_CLOSEFROM != null) {
            check("addclosefrom_np", LibC.ADD_CLOSEFROM.invokeInt(new Object[] {fileActions, 3}));
        }
    }

    private static Memory sharedAttributes() {
        Memory attributes = new Memory(PosixConstants.OPAQUE_STRUCT_BYTES);
        attributes.clear();
        check("posix_spawnattr_init", LibC.posix_spawnattr_init(attributes));
        short flags = (short) (PosixConstants.POSIX_SPAWN_SETPGROUP
                | PosixConstants.POSIX_SPAWN_SETSIGMASK
                | PosixConstants.POSIX_SPAWN_SETSIGDEF
                | (MAC ? PosixConstants.POSIX_SPAWN_CLOEXEC_DEFAULT : 0));
        check("setflags", LibC.posix_spawnattr_setflags(attributes, flags));
        // Process group = the child's pid, so a timeout or Ctrl-C can signal the whole tree at once.
        check("setpgroup", LibC.posix_spawnattr_setpgroup(attributes, 0));
        Memory signalMask = new Memory(PosixConstants.SIGSET_BYTES);
        signalMask.clear();
        LibC.sigemptyset(signalMask);
        check("setsigmask", LibC.posix_spawnattr_setsigmask(attributes, signalMask));
        // Signals the JVM ignores would stay ignored across exec; give the command default dispositions.
        Memory signalDefaults = new Memory(PosixConstants.SIGSET_BYTES);
        signalDefaults.clear();
        LibC.sigfillset(signalDefaults);
        LibC.sigdelset(signalDefaults, PosixConstants.SIGKILL);
        LibC.sigdelset(signalDefaults, PosixConstants.SIGSTOP);
        check("setsigdefault", LibC.posix_spawnattr_setsigdefault(attributes, signalDefaults));
        return attributes; // never destroyed: it lives as long as the class
    }

    private static String[] environment(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(System.getenv());
        merged.putAll(overrides);
        String[] entries = new String[merged.size()];
        int i = 0;
        for (Map.Entry<String, String> entry : merged.entrySet()) {
            entries[i++] = entry.getKey() + "=" + entry.getValue();
        }
        return entries;
    }

    static byte[] cString(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        byte[] terminated = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, terminated, 0, bytes.length);
        return terminated;
    }

    private static void check(String what, int rc) {
        if (rc != 0) {
            throw new IllegalStateException(what + " failed: " + LibC.strerror(rc));
        }
    }

    @Override
    public void close() {
        if (fileActionsReady) {
            LibC.posix_spawn_file_actions_destroy(fileActions);
            fileActionsReady = false;
        }
    }
}

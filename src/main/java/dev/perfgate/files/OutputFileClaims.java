package dev.perfgate.files;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Which execution writes which receipt file within one Maven session. Two executions that write the
 * same file would each attach the last receipt under their own classifier, so the second is refused
 * before it runs anything. Keyed weakly by the session, so a daemon (mvnd) forgets finished builds.
 */
public final class OutputFileClaims {

    private static final Map<Object, Map<Path, String>> CLAIMS_BY_SESSION = new WeakHashMap<>();

    private OutputFileClaims() {}

    /**
     * Claims {@code file} for {@code execution} in {@code session}.
     *
     * @return the execution that claimed it first, or empty when the claim succeeded
     */
    public static synchronized Optional<String> claim(Object session, Path file, String execution) {
        Map<Path, String> claims = CLAIMS_BY_SESSION.computeIfAbsent(session, s -> new HashMap<>());
        String owner = claims.putIfAbsent(file.toAbsolutePath().normalize(), execution);
        return owner == null || owner.equals(execution) ? Optional.empty() : Optional.of(owner);
    }
}

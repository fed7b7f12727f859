package dev.perfgate.receipt;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one check for anything that becomes part of a file name or a repository artifact: a {@code paired}
 * parameter ({@code name}, {@code classifier}) and every name read from a receipt ({@code analyze},
 * {@code merge}), which may come from another job and must decide nothing about where we write.
 */
public final class SafeFileNames {

    /**
     * Longest name: it becomes {@code <name>.paired.json} and a temporary {@code .<name>.paired.json<random>.tmp}
     * beside it, which must fit in a 255-byte file name.
     */
    public static final int MAX_LENGTH = 180;

    private SafeFileNames() {}

    /**
     * Letters, digits, '.', '_' and '-', so no space, ':' or '/' makes an odd file in a repository and no
     * {@code ..} leaves the folder.
     *
     * @param what names the value in the message, e.g. {@code name} or {@code bench.name}
     * @return what is wrong with {@code value}, in words that say what to change; empty when it is safe
     */
    public static Optional<String> problem(String what, String value) {
        if (value == null || !value.matches("[A-Za-z0-9._-]+") || value.equals(".") || value.equals("..")) {
            return Optional.of(what + " '" + value + "' may only contain letters, digits, '.', '_' and '-'"
                    + " (it names the receipt file and classifier)");
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of(
                    what + " is " + value.length() + " characters long; at most " + MAX_LENGTH + " fit in a file name");
        }
        return Optional.empty();
    }

    /**
     * {@code folder/fileName}, checked after normalisation to be a file directly inside {@code folder}: the
     * last guard before writing a file whose name was built from outside data.
     *
     * @throws IllegalArgumentException when it would land elsewhere
     */
    public static Path fileIn(Path folder, String fileName) {
        Path base = folder.toAbsolutePath().normalize();
        Path file = base.resolve(fileName).normalize();
        if (!base.equals(file.getParent())) {
            throw new IllegalArgumentException("'" + fileName + "' would leave the folder " + base);
        }
        return file;
    }
}

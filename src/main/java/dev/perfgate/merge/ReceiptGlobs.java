package dev.perfgate.merge;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the merge's {@code receipts}: files and glob patterns ({@code shards/**}{@code /*.paired.json}),
 * relative to a base directory. A pattern's files come sorted, so a merge of the same downloads is the
 * same merge; a file named twice counts once.
 *
 * <p>Downloaded artifacts are untrusted: the walk never follows a symbolic link, only regular files match,
 * and it goes at most {@link #MAX_DEPTH} directories deep. As in a shell with {@code globstar}, {@code **}/
 * also matches no directory at all, so {@code shards/**}{@code /*.paired.json} finds {@code shards/a.paired.json}.
 */
public final class ReceiptGlobs {
    static final int MAX_DEPTH = 32;

    private ReceiptGlobs() {}

    /**
     * The receipt files, in the order given (each pattern's matches sorted), without repeats.
     *
     * @param entries files or patterns; blank entries are ignored
     * @param base    what relative entries are relative to
     * @return absolute, normalised paths; at least one
     * @throws ReceiptSetException when no entry is given, a plain file is missing, or a pattern matches
     *                             nothing
     */
    public static List<Path> expand(List<String> entries, Path base) throws ReceiptSetException {
        Set<Path> files = new LinkedHashSet<>();
        for (String raw : entries) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            if (isPattern(entry)) {
                List<Path> matched = matches(entry, base);
                if (matched.isEmpty()) {
                    throw new ReceiptSetException("receipts: the pattern '" + entry + "' matches no file under "
                            + root(entry, base) + "; check the path the receipts were downloaded to");
                }
                files.addAll(matched);
            } else {
                Path file = base.resolve(entry).toAbsolutePath().normalize();
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new ReceiptSetException("receipts: " + file + " is not a regular file; give the receipt"
                            + " files (e.g. target/perfgate/bench.paired.json) or a pattern such as"
                            + " shards/**/*.paired.json");
                }
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            throw new ReceiptSetException("receipts is empty; give receipt files or patterns, comma-separated, e.g."
                    + " shards/**/*.paired.json");
        }
        return List.copyOf(files);
    }

    static boolean isPattern(String entry) {
        return entry.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static List<Path> matches(String pattern, Path base) throws ReceiptSetException {
        Path root = root(pattern, base);
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        String absolute = base.resolve(pattern).toAbsolutePath().normalize().toString();
        List<PathMatcher> matchers = new ArrayList<>();
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + absolute));
        if (absolute.contains("**/")) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + absolute.replace("**/", "")));
        }
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH, new FileVisitOption[0])) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> matchers.stream().anyMatch(m -> m.matches(p)))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ReceiptSetException(
                    "receipts: cannot list " + root + " for '" + pattern + "': " + e.getMessage());
        }
    }

    /** The directory before the pattern's first segment with a wildcard. */
    private static Path root(String pattern, Path base) {
        Path path = Path.of(pattern);
        Path root = path.isAbsolute() ? path.getRoot() : base;
        for (Path segment : path) {
            if (isPattern(segment.toString())) {
                break;
            }
            root = root.resolve(segment);
        }
        return root.toAbsolutePath().normalize();
    }
}

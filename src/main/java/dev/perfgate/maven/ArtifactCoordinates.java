package dev.perfgate.maven;

/** Formats coordinates the way the resolver parses them: {@code groupId:artifactId:extension[:classifier]:version}. */
final class ArtifactCoordinates {

    private ArtifactCoordinates() {}

    static String of(String groupId, String artifactId, String extension, String classifier, String version) {
        boolean classified = classifier != null && !classifier.isEmpty();
        return groupId + ":" + artifactId + ":" + extension + (classified ? ":" + classifier : "") + ":" + version;
    }
}

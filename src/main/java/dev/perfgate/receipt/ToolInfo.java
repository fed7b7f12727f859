package dev.perfgate.receipt;

/** Which tool wrote the receipt: always {@code perfgate-maven-plugin} and its own version. */
public record ToolInfo(String name, String version) {}

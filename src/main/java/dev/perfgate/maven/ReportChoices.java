package dev.perfgate.maven;

/**
 * Which reports a goal writes besides the log summary.
 *
 * @param markdown    {@code <receipt>.md}
 * @param stepSummary the Markdown appended to {@code $GITHUB_STEP_SUMMARY} when set
 * @param html        {@code <receipt>.html}
 * @param junitXml    {@code TEST-perfgate-<name>.xml} in the receipt's folder
 */
record ReportChoices(boolean markdown, boolean stepSummary, boolean html, boolean junitXml) {
}

package dev.perfgate.maven;

/**
 * Which reports a goal writes besides the log summary.
 *
 * @param markdown    {@code <receipt>.md}
 * @param stepSummary the Markdown appended to {@code $GITHUB_STEP_SUMMARY} when set
 * @param html        {@code <receipt>.html}
 * @param junitXml    {@code TEST-perfgate-<name>.xml} in the receipt's folder
 * @param removeStale remove a report that is turned off but an earlier build left: {@code paired} wrote
 *                    a new receipt, which that report does not describe ({@code analyze} changes no receipt)
 */
record ReportChoices(boolean markdown, boolean stepSummary, boolean html, boolean junitXml, boolean removeStale) {}

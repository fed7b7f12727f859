package dev.perfgate.merge;

import dev.perfgate.receipt.PairedRunReceipt;
import java.nio.file.Path;

/**
 * One receipt of a merge: the pairs of one machine (one shard), kept together.
 *
 * @param name    how the merge names it in reasons and reports: its path relative to the merge's base
 *                directory (chosen by whoever ran the merge, never taken from the receipt's content)
 * @param file    the receipt file
 * @param receipt the receipt as read
 */
public record MergeStratum(String name, Path file, PairedRunReceipt receipt) {}

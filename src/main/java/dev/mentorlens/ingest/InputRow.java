package dev.mentorlens.ingest;

import java.util.Map;

/**
 * One record of an input file as read: where it starts, its documented column values by column name
 * (absent columns are missing from the map), and the record re-written as a CSV line for the rejects.
 * {@code fieldCount} differs from {@code expectedFieldCount} when the row is ragged.
 */
public record InputRow(String file, int line, Map<String, String> values, int fieldCount, int expectedFieldCount,
        String raw) {

    /** The value of a column, or "" when the file has no such column. */
    String value(String column) {
        return values.getOrDefault(column, "");
    }
}

package dev.mentorlens.ingest;

import java.util.List;

/**
 * One record as a CSV line, written exactly as commons-csv's RFC 4180 format writes it (minimal quoting,
 * no record separator), without a printer and a writer per row. Rows are re-written this way for the
 * rejects, and employee attributes are stored this way: the text must not change from one version to the
 * next, as stored hashes and rejects compare with it.
 */
final class CsvRecordText {

    private CsvRecordText() {
    }

    static String of(List<String> values) {
        StringBuilder out = new StringBuilder(values.size() * 16);
        for (int i = 0; i < values.size(); i++) {
            append(out, values.get(i), i == 0);
        }
        return out.toString();
    }

    /** Appends one value, after a comma unless it starts the record. */
    static void append(StringBuilder out, String value, boolean first) {
        if (!first) {
            out.append(',');
        }
        if (needsQuotes(value, first)) {
            appendQuoted(out, value);
        } else {
            out.append(value);
        }
    }

    /** Appends a value in quotes, its quotes doubled. */
    static void appendQuoted(StringBuilder out, String value) {
        out.append('"');
        int quote = value.indexOf('"');
        if (quote < 0) {
            out.append(value);
        } else {
            int from = 0;
            for (; quote >= 0; quote = value.indexOf('"', quote + 1)) {
                out.append(value, from, quote + 1).append('"');
                from = quote + 1;
            }
            out.append(value, from, value.length());
        }
        out.append('"');
    }

    /**
     * The minimal quoting rule of commons-csv: an empty value only when it starts the record (it could be the
     * whole line), a value starting with a character up to '#' or ending with one up to ' ', and one holding
     * a line break, a quote or the delimiter.
     */
    private static boolean needsQuotes(String value, boolean first) {
        int length = value.length();
        if (length == 0) {
            return first;
        }
        if (value.charAt(0) <= '#' || value.charAt(length - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '"' || c == ',') {
                return true;
            }
        }
        return false;
    }
}

package dev.mentorlens.sampledata;

import java.util.ArrayList;
import java.util.List;

/** Mutable collector behind {@link GenerationSummary}. */
final class Report {

    final List<GenerationSummary.FileRows> files = new ArrayList<>();
    final List<GenerationSummary.BadRow> badRows = new ArrayList<>();

    void file(CsvSink sink, String source) {
        files.add(new GenerationSummary.FileRows(sink.fileName(), source, sink.rows()));
    }

    void bad(CsvSink sink, long line, String source, String kind) {
        badRows.add(new GenerationSummary.BadRow(sink.fileName(), line, source, kind, true));
    }

    void duplicate(CsvSink sink, long line, String source, String kind) {
        badRows.add(new GenerationSummary.BadRow(sink.fileName(), line, source, kind, false));
    }

    /**
     * Deliberate rejects a source of this size may carry: about 1 %, never more. The one identical
     * duplicate in the sessions is not a reject and comes on top.
     */
    static int budget(long rows) {
        return (int) Math.round(rows / 100.0);
    }
}

package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.ingest.SourceCounts;

/** Data quality: per source the rows read, accepted, rejected and duplicated, and the rejects file. */
final class QualitySheet {

    private QualitySheet() {
    }

    static void fill(TemplateBook book, List<SourceCounts> sources, String rejectsFolder) {
        List<List<Out>> rows = new ArrayList<>();
        for (SourceCounts source : sources) {
            rows.add(List.of(Out.label(source.source()), Out.count(source.files()), Out.count(source.read()),
                    Out.count(source.accepted()), Out.count(source.rejected()), Out.count(source.duplicates()),
                    Out.number(source.read() == 0 ? null : source.rejectRatio(), Fmt.PERCENT),
                    Out.label(source.rejected() == 0 ? "no rejects"
                            : rejectsFolder + "/" + source.source() + ".csv")));
        }
        TemplateTable table = book.table("quality_table");
        table.freezeAndFilter(table.write(rows));
    }
}

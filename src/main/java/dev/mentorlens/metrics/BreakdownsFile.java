package dev.mentorlens.metrics;

import java.nio.file.Path;
import java.util.List;

import dev.mentorlens.ingest.SpreadsheetText;

/** {@code <programme>/breakdowns.csv} (SPEC section 6). */
final class BreakdownsFile {

    static final String[] HEADER = {"period", "programme_id", "attribute", "attribute_value", "metric", "value", "n",
        "ci_low", "ci_high", "suppressed"};

    private BreakdownsFile() {
    }

    static void write(Path file, List<BreakdownRow> rows) {
        MetricsFiles.write(file, HEADER, printer -> {
            for (BreakdownRow r : rows) {
                printer.printRecord(r.period(), r.programmeId(), r.attribute(), SpreadsheetText.safe(r.attributeValue()),
                        r.metric(), Numbers.format(r.value()), Numbers.format(r.n()), Numbers.format(r.ciLow()),
                        Numbers.format(r.ciHigh()), Boolean.toString(r.suppressed()));
            }
        });
    }
}

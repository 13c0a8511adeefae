package dev.mentorlens.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import dev.mentorlens.ingest.SpreadsheetText;
import dev.mentorlens.metrics.ProgrammeReport.GroupComment;
import dev.mentorlens.network.Bridge;
import dev.mentorlens.storage.PrivateFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes metrics.csv and the lists the workbook needs (UTF-8, LF, RFC 4180 quoting). */
final class MetricsFiles {

    static final String[] METRICS_HEADER = {"period", "programme_id", "cohort", "metric", "value", "n", "ci_low",
        "ci_high", "suppressed"};
    static final String NEVER = "never";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private MetricsFiles() {
    }

    static void writeMetrics(Path file, List<MetricRow> rows) {
        write(file, METRICS_HEADER, printer -> {
            for (MetricRow r : rows) {
                printer.printRecord(r.period(), r.programmeId(), SpreadsheetText.safe(r.cohort()), r.metric(),
                        Numbers.format(r.value()), Numbers.format(r.n()), Numbers.format(r.ciLow()),
                        Numbers.format(r.ciHigh()), Boolean.toString(r.suppressed()));
            }
        });
    }

    static void writeDormantPairs(Path file, List<DormantPair> pairs) {
        write(file, new String[] {"match_id", "cohort", "mentor_id", "mentee_id", "last_held"}, printer -> {
            for (DormantPair p : pairs) {
                printer.printRecord(SpreadsheetText.safe(p.matchId()), SpreadsheetText.safe(p.cohort()),
                        SpreadsheetText.safe(p.mentorId()), SpreadsheetText.safe(p.menteeId()),
                        p.lastHeld() == null ? NEVER : p.lastHeld().toString());
            }
        });
    }

    static void writeBridges(Path file, List<Bridge> bridges) {
        write(file, new String[] {"rank", "employee_id", "betweenness"}, printer -> {
            int rank = 1;
            for (Bridge b : bridges) {
                printer.printRecord(rank++, SpreadsheetText.safe(b.personId()),
                        BigDecimal.valueOf(b.betweenness()).setScale(9, RoundingMode.HALF_UP)
                                .stripTrailingZeros().toPlainString());
            }
        });
    }

    static void writeTrends(Path file, List<TrendValue> trends) {
        write(file, new String[] {"month", "cohort", "metric", "value", "n"}, printer -> {
            for (TrendValue t : trends) {
                printer.printRecord(t.month(), SpreadsheetText.safe(t.cohort()), t.metric(),
                        Numbers.format(t.value()), Numbers.format(t.n()));
            }
        });
    }

    static void writeComments(Path file, List<GroupComment> comments) {
        write(file, new String[] {"cohort", "comment"}, printer -> {
            for (GroupComment c : comments) {
                printer.printRecord(SpreadsheetText.safe(c.cohort()), SpreadsheetText.safe(c.text()));
            }
        });
    }

    interface Body {
        void print(CSVPrinter printer) throws IOException;
    }

    /** Writes next to the target, then moves it in place, so a reader never sees half a file. */
    static void write(Path file, String[] header, Body body) {
        try {
            PrivateFiles.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (Writer writer = PrivateFiles.newWriter(partial);
                    CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                printer.printRecord((Object[]) header);
                body.print(printer);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

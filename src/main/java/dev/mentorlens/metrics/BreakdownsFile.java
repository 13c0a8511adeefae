package dev.mentorlens.metrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.mentorlens.ingest.EmployeeAttributes;
import dev.mentorlens.ingest.InputFileException;
import dev.mentorlens.ingest.SpreadsheetText;

/** The breakdowns setting and {@code <programme>/breakdowns.csv} (SPEC section 6). */
final class BreakdownsFile {

    static final String[] HEADER = {"period", "programme_id", "attribute", "attribute_value", "metric", "value", "n",
        "ci_low", "ci_high", "suppressed"};

    private BreakdownsFile() {
    }

    /**
     * The attribute names of the setting, checked against the columns of {@code employees.csv}:
     * {@code location} or a column beyond the SPEC's.
     */
    static List<String> names(String setting, Path inputFolder) {
        if (setting == null || setting.isBlank()) {
            return List.of();
        }
        List<String> names = Arrays.stream(setting.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                .map(n -> n.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        List<String> usable = new ArrayList<>(EmployeeAttributes.columns(inputFolder.resolve("employees.csv")));
        usable.add(0, "location");
        for (String name : names) {
            if (!usable.contains(name)) {
                throw new InputFileException("Breakdown '" + name + "' is not a column of employees.csv; use location"
                        + " or one of its attribute columns " + usable.subList(1, usable.size()) + ".");
            }
        }
        return names;
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

package dev.mentorlens.metrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.mentorlens.ingest.EmployeeAttributes;
import dev.mentorlens.ingest.InputFileException;

/** The breakdowns setting: names of employee attributes to break section 6's measures down by. */
public final class BreakdownNames {

    private BreakdownNames() {
    }

    /**
     * The attribute names of the setting, checked against the columns of {@code employees.csv}:
     * {@code location} or a column beyond the SPEC's.
     */
    public static List<String> of(String setting, Path inputFolder) {
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
}

package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.mentorlens.ingest.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreakdownsFileTests {

    @TempDir
    Path input;

    private void employees(String header) throws IOException {
        Files.writeString(input.resolve("employees.csv"), header + "\nE1,Sales,London,5,2020-01-01,,,,woman,Gen X\n");
    }

    @Test
    void acceptsLocationAndAttributeColumnsWhateverTheirCaseAndSpaces() throws IOException {
        employees("employee_id,department,location,job_level,hire_date,termination_date,termination_reason,"
                + "manager_id, Gender ,generation");

        assertThat(BreakdownNames.of(" gender, Location ,generation", input))
                .containsExactly("gender", "location", "generation");
        assertThat(BreakdownNames.of("", input)).isEmpty();
    }

    @Test
    void failsNamingABreakdownThatIsNotAColumnOfEmployees() throws IOException {
        employees("employee_id,department,location,job_level,hire_date,termination_date,termination_reason,"
                + "manager_id,gender,generation");

        assertThatThrownBy(() -> BreakdownNames.of("gender,shoe_size", input))
                .isInstanceOf(InputFileException.class)
                .hasMessage("Breakdown 'shoe_size' is not a column of employees.csv; use location or one of its"
                        + " attribute columns [gender, generation].");
        assertThatThrownBy(() -> BreakdownNames.of("department", input)).isInstanceOf(InputFileException.class);
    }
}

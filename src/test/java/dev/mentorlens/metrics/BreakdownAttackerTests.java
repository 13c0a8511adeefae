package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The breakdown attacker finds a small cell that only its own suppression hides. */
class BreakdownAttackerTests {

    private static final String METRICS = """
            period,programme_id,cohort,metric,value,n,ci_low,ci_high,suppressed
            2026-10,p,ALL,enrolled_mentees,40,,,,false
            """;
    private static final String HEADER = "period,programme_id,attribute,attribute_value,metric,value,n,ci_low,ci_high,"
            + "suppressed\n";

    @TempDir
    Path work;

    @Test
    void recoversASmallCellWhenOnlyItIsHiddenAndTheRemainderIsKnownToBeEmpty() throws IOException {
        List<CSVRecord> naive = breakdowns("""
                2026-10,p,gender,man,mentees,17,17,,,false
                2026-10,p,gender,nonbinary,mentees,,,,,true
                2026-10,p,gender,woman,mentees,20,20,,,false
                """);

        assertThat(new BreakdownAttacker(naive, metrics()).recoveredSuppressedCells()).isEmpty();
        assertThat(new BreakdownAttacker(naive, metrics()).knowingEveryoneHasAValue().recoveredSuppressedCells())
                .containsExactly("gender=nonbinary|mentees");
    }

    @Test
    void recoversACellFromTheNOfAnotherMetricOfTheSameCell() throws IOException {
        List<CSVRecord> leaky = breakdowns("""
                2026-10,p,gender,nonbinary,mentees,,,,,true
                2026-10,p,gender,nonbinary,matched_share,0.5,4,,,false
                """);

        assertThat(new BreakdownAttacker(leaky, metrics()).recoveredSuppressedCells())
                .containsExactly("gender=nonbinary|mentees");
    }

    @Test
    void findsNothingWhenASecondValueIsHiddenWithTheSmallOne() throws IOException {
        List<CSVRecord> protectedRows = breakdowns("""
                2026-10,p,gender,man,mentees,,,,,true
                2026-10,p,gender,nonbinary,mentees,,,,,true
                2026-10,p,gender,woman,mentees,20,20,,,false
                2026-10,p,generation,x,mentees,25,25,,,false
                2026-10,p,generation,z,mentees,15,15,,,false
                """);

        assertThat(new BreakdownAttacker(protectedRows, metrics()).knowingEveryoneHasAValue()
                .recoveredSuppressedCells()).isEmpty();
    }

    private Map<String, CSVRecord> metrics() throws IOException {
        return GoldenComparison.read(Files.writeString(work.resolve("metrics.csv"), METRICS));
    }

    private List<CSVRecord> breakdowns(String rows) throws IOException {
        return SubtractionAttackIntegrationTests.records(Files.writeString(work.resolve("breakdowns.csv"),
                HEADER + rows));
    }
}

package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attacker of the attack tests finds what the earlier, per-partition protection gave away. */
class SubtractionAttackerTests {

    private static final String HEADER = "period,programme_id,cohort,metric,value,n,ci_low,ci_high,suppressed\n";

    @TempDir
    Path work;

    private Map<String, CSVRecord> metrics(String rows) throws IOException {
        Path file = Files.writeString(work.resolve("metrics-" + rows.hashCode() + ".csv"), HEADER + rows);
        return GoldenComparison.read(file);
    }

    @Test
    void recoversTheLoneMentorFromTheRoleAndCohortPartitionsProtectedApart() throws IOException {
        // Issue 9 3(a) as the product published it before lines: b's role means shown, b's mentor hidden.
        Map<String, CSVRecord> published = metrics("""
                2026-10,p,ALL,respondents,16,,,,false
                2026-10,p,ALL,satisfaction_mean,3.75,16,,,false
                2026-10,p,ALL,satisfaction_mean_mentor,3.166667,6,,,false
                2026-10,p,ALL,satisfaction_mean_mentee,4.1,10,,,false
                2026-10,p,a,respondents,6,,,,false
                2026-10,p,a,satisfaction_mean,3.5,6,,,false
                2026-10,p,a,satisfaction_mean_mentor,,,,,true
                2026-10,p,a,satisfaction_mean_mentee,,,,,true
                2026-10,p,b,respondents,10,,,,false
                2026-10,p,b,satisfaction_mean,3.9,10,,,false
                2026-10,p,b,satisfaction_mean_mentor,,,,,true
                2026-10,p,b,satisfaction_mean_mentee,4.2,5,,,false
                """);

        assertThat(new SubtractionAttacker(published).recoveredSuppressedValues())
                .contains("a|satisfaction_mean_mentor", "b|satisfaction_mean_mentor");
    }

    @Test
    void recoversAHiddenCohortSizeFromTheMannWhitneyN() throws IOException {
        Map<String, CSVRecord> published = metrics("""
                2026-10,p,ALL,respondents,17,,,,false
                2026-10,p,x,respondents,,,,,true
                2026-10,p,y,respondents,,,,,true
                2026-10,p,z,respondents,8,,,,false
                """);
        SubtractionAttacker attacker = new SubtractionAttacker(published);
        assertThat(attacker.recoveredSuppressedValues()).isEmpty();

        attacker.learnComparison("y", "z", java.util.List.copyOf(metrics("""
                2026-10,p,y-vs-z,satisfaction_mannwhitney_p,0.2,14,,,false
                """).values()));

        assertThat(attacker.recoveredSuppressedValues()).containsExactly("y|respondents");
    }

    @Test
    void findsNothingWhenTwoHiddenCellsShareEveryLine() throws IOException {
        // golden-v2 reverse-mentoring 2026-10 as the lines rule publishes it.
        Map<String, CSVRecord> published = metrics("""
                2026-10,p,ALL,respondents,16,,,,false
                2026-10,p,ALL,satisfaction_mean,3.9375,16,,,false
                2026-10,p,ALL,satisfaction_mean_mentor,3.5,6,,,false
                2026-10,p,ALL,satisfaction_mean_mentee,4.2,10,,,false
                2026-10,p,a,respondents,6,,,,false
                2026-10,p,a,satisfaction_mean,3.666667,6,,,false
                2026-10,p,a,satisfaction_mean_mentor,,,,,true
                2026-10,p,a,satisfaction_mean_mentee,,,,,true
                2026-10,p,b,respondents,10,,,,false
                2026-10,p,b,satisfaction_mean,4.1,10,,,false
                2026-10,p,b,satisfaction_mean_mentor,,,,,true
                2026-10,p,b,satisfaction_mean_mentee,,,,,true
                """);

        assertThat(new SubtractionAttacker(published).recoveredSuppressedValues()).isEmpty();
    }
}

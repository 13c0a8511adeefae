package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.support.BatchTestContext;
import dev.mentorlens.support.InputFolderBuilder;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The row rules of the ingest steps, on both databases: the plan and ingest steps and the input check run
 * one by one in the shared application context of the database, on a small input folder.
 */
class IngestStepTests {

    static final String DATABASES = "dev.mentorlens.support.TestDatabase#kinds";

    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource(DATABASES)
    void judgesARowOnItsOwnWhenAnEarlierRowWithItsKeyWasRejected(String kind) {
        Path input = new InputFolderBuilder()
                .file("sessions-2026-02.csv", """
                        session_id,programme_id,match_id,started_at,duration_minutes,status,channel,attendee_ids
                        S4,career,M1,2026-02-10T10:00:00+01:00,60,Held,video,E1;E2
                        S4,career,M1,2026-02-10T10:00:00+01:00,60,held,video,E1;E2
                        """)
                .writeTo(work.resolve("in"));
        BatchTestContext batch = BatchTestContext.of(kind);

        ingestAndCheck(batch, input);

        assertThat(rejects("sessions")).hasSize(1).first().asString().startsWith("sessions-2026-02.csv,2,status");
        assertThat(batch.jdbc().queryForObject("select source_line from mentoring_session where session_id = 'S4'",
                Integer.class)).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource(DATABASES)
    void rejectsReferencesToUnknownRowsAndSessionsAfterAnAttendeesTermination(String kind) {
        Path input = new InputFolderBuilder()
                .file("sessions-2026-02.csv", """
                        session_id,programme_id,match_id,started_at,duration_minutes,status,channel,attendee_ids
                        S4,career,M9,2026-02-10T10:00:00+01:00,60,held,video,E1;E2
                        S5,other,,2026-02-10T10:00:00+01:00,60,held,video,E1;E2
                        S6,career,,2026-02-10T10:00:00+01:00,60,held,video,E1;E99
                        S7,career,,2026-02-10T10:00:00+01:00,60,held,video,E1;E6
                        S8,career,,2026-01-20T10:00:00+01:00,60,held,video,E1;E6
                        """)
                .writeTo(work.resolve("in"));

        ingestAndCheck(BatchTestContext.of(kind), input);

        assertThat(rejects("sessions")).extracting(line -> line.split(",")[1] + ":" + line.split(",")[2])
                .containsExactly("2:unknown match", "3:unknown programme", "4:unknown employee in attendee_ids",
                        "5:session dated after an attendee's termination_date");
    }

    @ParameterizedTest
    @MethodSource(DATABASES)
    void failsTheStepWhenAFilesRowsDoNotAddUpInsteadOfMarkingItDone(String kind) {
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        BatchTestContext batch = BatchTestContext.of(kind);
        batch.emptyTables();
        var parameters = batch.monthly("2026-02", input, work.resolve("out"));
        List<String> before = BatchTestContext.INGEST_STEPS.subList(0,
                BatchTestContext.INGEST_STEPS.indexOf("ingestSessionsStep"));
        assertThat(batch.startSteps(before, parameters)).allMatch(e -> e.getExitStatus().getExitCode().equals("COMPLETED"));
        // a row recorded for the file that its reading will not account for, as a doubled write would leave
        batch.jdbc().update("insert into ingest_duplicate (source, source_file, source_line) values"
                + " ('sessions', 'sessions-2026-02.csv', 99)");

        JobExecution sessions = batch.startSteps(List.of("ingestSessionsStep"), parameters).get(0);

        assertThat(sessions.getStatus().toString()).isEqualTo("FAILED");
        // the step that reads the files in partitions decides the source and fails; its partition read fine
        assertThat(sessions.getStepExecutions()).filteredOn(step -> step.getStepName().equals("ingestSessionsStep"))
                .singleElement().satisfies(step -> assertThat(
                step.getExitStatus().getExitDescription()).contains("sessions-2026-02.csv: 2 rows read but 2 accepted, 0 rejected and 1 duplicates"));
        assertThat(batch.jdbc().queryForObject("select status from ingest_file where file_name = 'sessions-2026-02.csv'",
                String.class)).isEqualTo("pending");
    }

    /**
     * A plan that empties sources (a new employees export) and dies before it commits leaves no file marked
     * done whose rows are gone: on H2 the sources are emptied in bounded transactions of their own after their
     * bookkeeping, on PostgreSQL everything rolls back. The next run ends with the rows of a first run.
     */
    @ParameterizedTest
    @MethodSource(DATABASES)
    void aPlanThatDiesAfterEmptyingSourcesLeavesNoFileMarkedDoneWhoseRowsAreGone(String kind) {
        InputFolderBuilder folder = new InputFolderBuilder();
        Path input = folder.writeTo(work.resolve("in"));
        BatchTestContext batch = BatchTestContext.of(kind);
        batch.emptyTables();
        assertThat(batch.startSteps(BatchTestContext.INGEST_STEPS, batch.monthly("2026-02", input, work.resolve("out"))))
                .allMatch(execution -> execution.getExitStatus().getExitCode().equals("COMPLETED"));
        var firstRun = IdempotentIngestIntegrationTests.snapshot(batch.jdbc());
        Path changed = folder.file("employees.csv", """
                employee_id,department,location,job_level,hire_date,termination_date,termination_reason,manager_id
                E1,Sales,London,6,2020-01-01,,,
                """).writeTo(work.resolve("changed"));

        new TransactionTemplate(batch.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            batch.bean(Ingest.class).plan(changed, ZoneId.of("UTC"), -1);
            status.setRollbackOnly();
        });

        for (Source source : Source.values()) {
            assertThat(batch.jdbc().queryForObject("select count(*) from " + source.table(), Long.class)).as(source.id())
                    .isEqualTo(batch.jdbc().queryForObject("select coalesce(sum(accepted), 0) from ingest_file"
                            + " where source = ? and status = 'done'", Long.class, source.id()));
        }
        assertThat(batch.startSteps(BatchTestContext.INGEST_STEPS, batch.monthly("2026-02", input, work.resolve("out"))))
                .allMatch(execution -> execution.getExitStatus().getExitCode().equals("COMPLETED"));
        assertThat(IdempotentIngestIntegrationTests.differences(IdempotentIngestIntegrationTests.snapshot(batch.jdbc()),
                firstRun)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aReferencedSourcesSettlementTakesItsFactDigestSoItsDependentsOnlyReadIt() {
        Path input = new InputFolderBuilder().writeTo(work.resolve("in"));
        BatchTestContext batch = BatchTestContext.of("postgres");
        batch.emptyTables();

        List<JobExecution> executions = batch.startSteps(List.of("planIngestStep", "ingestProgrammesStep",
                "ingestEmployeesStep", "ingestMatchesStep"), batch.monthly("2026-02", input, work.resolve("out")));

        assertThat(executions).allMatch(execution -> execution.getExitStatus().getExitCode().equals("COMPLETED"));
        // no source that refers to them has settled yet: the digests come from their own settlements
        assertThat(batch.jdbc().queryForList("select source from ingest_source where fact_digest is not null"
                + " order by source", String.class)).containsExactly("employees", "matches", "programmes");
    }

    /** Runs the plan, every ingest step and the input check for 2026-02 on an emptied database; all must complete. */
    private void ingestAndCheck(BatchTestContext batch, Path input) {
        batch.emptyTables();
        List<String> steps = new ArrayList<>(BatchTestContext.INGEST_STEPS);
        steps.add("checkInputsStep");

        List<JobExecution> executions = batch.startSteps(steps, batch.monthly("2026-02", input, work.resolve("out")));

        assertThat(executions).as(BatchTestContext.exitCodes(executions)).hasSize(steps.size())
                .allMatch(execution -> execution.getExitStatus().getExitCode().equals("COMPLETED"));
    }

    /** The rejects file of a source as the input check leaves it in the period's staging folder, without its header. */
    private List<String> rejects(String source) {
        try {
            List<String> lines = Files.readAllLines(work.resolve("out").resolve("2026-02.incomplete")
                    .resolve("rejects").resolve(source + ".csv"));
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

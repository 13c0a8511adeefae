package dev.mentorlens.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.mentorlens.report.GlanceText;
import dev.mentorlens.report.GlanceText.Summary;
import dev.mentorlens.runs.LaunchResult;
import dev.mentorlens.runs.LaunchResult.Outcome;
import dev.mentorlens.runs.RunState;
import dev.mentorlens.runs.RunView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which messages the end of a run calls for, to whom, with which workbook. */
class MessagesTests {

    private static final DeliveryPlan PLAN = new DeliveryPlan("reports", Map.of("peer", List.of("peer@example.com"),
            "ALL", List.of("hr@example.com"), "career", List.of("career@example.com")), List.of("ops@example.com"));

    @TempDir
    Path output;

    private final GlanceText glance = mock(GlanceText.class);
    private Messages messages;

    @BeforeEach
    void publishedWorkbooks() throws IOException {
        for (String file : List.of("career/career-2026-10.xlsx", "peer/peer-2026-10.xlsx",
                "ALL/organisation-2026-10.xlsx")) {
            Files.createDirectories(output.resolve("2026-10").resolve(file).getParent());
            Files.writeString(output.resolve("2026-10").resolve(file), file);
        }
        when(glance.programme("2026-10", "career")).thenReturn(new Summary("Career Mentoring", "career text\n"));
        when(glance.programme("2026-10", "peer")).thenReturn(new Summary("Peer Coaching", "peer text\n"));
        when(glance.organisation(anyString())).thenReturn(new Summary("organisation", "every programme\n"));
        messages = new Messages(glance, "https://mentorlens.example.org/");
    }

    @Test
    void aRunOfEveryProgrammeSendsEachProgrammeByIdThenTheOrganisation() {
        List<Message> sent = messages.after(PLAN, "monthly-report 2026-10 ALL", completed("ALL"));

        assertThat(sent).extracting(Message::programme).containsExactly("career", "peer", "ALL");
        assertThat(sent.get(0).recipients()).containsExactly("career@example.com");
        assertThat(sent.get(0).subject()).isEqualTo("MentorLens 2026-10: Career Mentoring");
        assertThat(sent.get(0).text()).isEqualTo("career text\n\nThe workbook career-2026-10.xlsx is attached;"
                + " run 42: https://mentorlens.example.org/runs/42\n");
        assertThat(sent.get(0).attachment()).isEqualTo(output.resolve("2026-10/career/career-2026-10.xlsx"));
        assertThat(sent.get(2).attachment()).isEqualTo(output.resolve("2026-10/ALL/organisation-2026-10.xlsx"));
        assertThat(sent).allSatisfy(message -> assertThat(message.problem()).isNull());
    }

    @Test
    void aRunOfOneProgrammeSendsThatProgrammesReportOnly() {
        List<Message> sent = messages.after(PLAN, "monthly-report 2026-10 peer", completed("peer"));

        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.recipients()).containsExactly("peer@example.com");
            assertThat(message.attachment()).isEqualTo(output.resolve("2026-10/peer/peer-2026-10.xlsx"));
        });
    }

    @Test
    void aWorkbookMissingFromThePublishedFolderIsRecordedAsAMessageThatCannotGo() throws IOException {
        Files.delete(output.resolve("2026-10/peer/peer-2026-10.xlsx"));

        List<Message> sent = messages.after(PLAN, "monthly-report 2026-10 ALL", completed("ALL"));

        assertThat(sent.get(1).problem()).isEqualTo("Run 42 published no peer/peer-2026-10.xlsx in "
                + output.resolve("2026-10") + "; check the programme id in the job's recipients.");
        assertThat(sent.get(1).attachment()).isNull();
    }

    @Test
    void aFailedRunAlertsWithItsReasonAndALinkToItsPage() {
        RunView failed = run("ALL", RunState.FAILED, "Step ingestSessionsStep failed: 1 of 2 rows of sessions"
                + " rejected, above the limit of 0%.");

        List<Message> sent = messages.after(PLAN, "monthly-report 2026-10 ALL",
                new LaunchResult(Outcome.FAILED, failed, null, null));

        assertThat(sent).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(Message.ALERT);
            assertThat(alert.recipients()).containsExactly("ops@example.com");
            assertThat(alert.subject()).isEqualTo("MentorLens: reports failed (monthly-report 2026-10 ALL)");
            assertThat(alert.text()).contains("Why: Step ingestSessionsStep failed: 1 of 2 rows of sessions rejected",
                    "https://mentorlens.example.org/runs/42");
            assertThat(alert.attachment()).isNull();
        });
    }

    @Test
    void aLaunchRefusedBecauseItRunsAlreadyOrADefinitionWithoutAlertsSendsNothing() {
        assertThat(messages.after(PLAN, "monthly-report 2026-10 ALL",
                new LaunchResult(Outcome.LOCKED, null, null, "Run 41 holds the ingest tables."))).isEmpty();
        assertThat(messages.after(new DeliveryPlan("reports", Map.of(), List.of()), "monthly-report 2026-10 ALL",
                new LaunchResult(Outcome.FAILED, run("ALL", RunState.FAILED, "why"), null, null))).isEmpty();
    }

    private LaunchResult completed(String programme) {
        return new LaunchResult(Outcome.COMPLETED, run(programme, RunState.COMPLETED, null), null, null);
    }

    private RunView run(String programme, RunState state, String failureReason) {
        return new RunView(42, "monthlyReportJob", Map.of("period", "2026-10", "programme", programme, "rerun", "0"),
                "in", output.toString(), state, null, null, null, List.of(), failureReason, false, List.of(), List.of());
    }
}

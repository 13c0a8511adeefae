package dev.mentorlens.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.ConsoleBrowser;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.ServeApp;
import dev.mentorlens.support.TestDatabase;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The e-mail of {@code serve} against GreenMail, a server in this JVM that speaks SMTP: each programme's
 * recipients get its summary and workbook, the organisation's recipients its workbook, a mail server that
 * cannot be reached is tried again and shown without failing the run, and a failed run alerts with its
 * reason and a link to it. On each database.
 */
class DeliveryIntegrationTests {

    private static final int SMTP_PORT = freePort();
    private static final String BASE_URL = "https://mentorlens.example.org/";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    private static final Map<String, ServeApp> APPS = new ConcurrentHashMap<>();

    private static final String BAD_SESSIONS = """
            session_id,programme_id,match_id,started_at,duration_minutes,status,channel,attendee_ids
            S4,career,M1,2026-02-10T10:00:00+01:00,sixty,held,video,E1;E2
            S5,career,M2,2026-02-12T10:00:00Z,45,cancelled,phone,E3;E4
            """;

    /**
     * One application per database kind with two jobs: {@code reports}, with recipients for both programmes
     * of its input and the organisation, and {@code strict}, which fails on a rejected session.
     */
    private static ServeApp app(String kind) {
        return APPS.computeIfAbsent(kind, k -> {
            ServeApp app = new ServeApp(k, "delivery");
            InputFolderBuilder input = new InputFolderBuilder().file("programmes.csv", """
                    programme_id,name,format,start_date,end_date,expected_cadence_days,owner_email
                    career,Career Mentoring,one_to_one,2026-01-01,,30,owner@example.com
                    peer,Peer Coaching,peer,2026-01-01,,30,owner@example.com
                    """);
            input.writeTo(app.base().resolve("in"));
            input.file("sessions-2026-02.csv", BAD_SESSIONS).writeTo(app.base().resolve("bad"));
            app.job("reports.yml", """
                    name: reports
                    kind: monthly-report
                    schedule: {cron: "0 0 0 1 1 *", zone: UTC}
                    input: in
                    output: out
                    settings: {max-reject-ratio: 1}
                    recipients:
                      career: [career-lead@example.com]
                      peer: [peer-lead@example.com, peer-owner@example.com]
                      ALL: [hr@example.com]
                    alerts: [ops@example.com]
                    """);
            app.job("strict.yml", """
                    name: strict
                    kind: monthly-report
                    schedule: {cron: "0 0 0 1 1 *", zone: UTC}
                    input: bad
                    output: out-strict
                    settings: {max-reject-ratio: 0}
                    recipients: {ALL: [hr@example.com]}
                    alerts: [ops@example.com, oncall@example.com]
                    """);
            List<String> args = new ArrayList<>(ServeApp.OPS_USER);
            args.addAll(List.of("--mentorlens.mail.enabled=true", "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + SMTP_PORT, "--mentorlens.mail.from=reports@example.org",
                    "--mentorlens.mail.attempts=3", "--mentorlens.mail.backoff=20ms",
                    "--mentorlens.serve.base-url=" + BASE_URL));
            return app.start(args.toArray(String[]::new));
        });
    }

    @AfterAll
    static void stopApps() {
        APPS.values().forEach(ServeApp::close);
        APPS.clear();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void eachProgrammesRecipientsGetItsSummaryAndWorkbookAndTheOrganisationsRecipientsItsWorkbook(String kind)
            throws Exception {
        ServeApp app = app(kind);
        ApiClient ops = ops(app);

        JsonNode launch = started(ops, "reports", "2026-02");

        assertThat(launch.path("outcome").asString()).isEqualTo("COMPLETED");
        long run = launch.path("results").path(0).path("run").path("id").asLong();
        Path published = app.base().resolve("out").resolve("2026-02");
        assertThat(SMTP.getReceivedMessages()).as("one copy per recipient").hasSize(4);

        MimeMessage career = only("career-lead@example.com");
        assertThat(addresses(career.getRecipients(RecipientType.TO))).containsExactly("career-lead@example.com");
        assertThat(addresses(career.getFrom())).containsExactly("reports@example.org");
        assertThat(career.getSubject()).isEqualTo("MentorLens 2026-02: Career Mentoring");
        String body = text(career);
        Map<String, String> figures = figures(published.resolve("career").resolve("metrics.csv"));
        assertThat(body).startsWith("Career Mentoring, 2026-02: ")
                .contains("- Participation: ", "- Engagement: ", "- Satisfaction: ", "- Outcomes: ")
                .contains("Key numbers:\n")
                .contains("- Enrolled mentees: " + whole(figures.get("enrolled_mentees")) + " (last month: ")
                .contains("- Sessions held: " + whole(figures.get("sessions_held")) + " (last month: ")
                .contains("Changed most since last month:", "Next steps:\n1. ")
                .contains("The workbook career-2026-02.xlsx is attached; run " + run
                        + ": https://mentorlens.example.org/runs/" + run);
        assertThat(attachment(career, "career-2026-02.xlsx"))
                .isEqualTo(Files.readAllBytes(published.resolve("career").resolve("career-2026-02.xlsx")));

        MimeMessage peer = only("peer-lead@example.com");
        assertThat(addresses(peer.getRecipients(RecipientType.TO)))
                .containsExactly("peer-lead@example.com", "peer-owner@example.com");
        assertThat(peer.getSubject()).isEqualTo("MentorLens 2026-02: Peer Coaching");
        assertThat(only("peer-owner@example.com").getMessageID()).isEqualTo(peer.getMessageID());
        assertThat(attachment(peer, "peer-2026-02.xlsx"))
                .isEqualTo(Files.readAllBytes(published.resolve("peer").resolve("peer-2026-02.xlsx")));

        MimeMessage organisation = only("hr@example.com");
        assertThat(organisation.getSubject()).isEqualTo("MentorLens 2026-02: mentoring programmes of the organisation");
        assertThat(text(organisation)).contains("- Career Mentoring: ", "- Peer Coaching: ");
        assertThat(attachment(organisation, "organisation-2026-02.xlsx"))
                .isEqualTo(Files.readAllBytes(published.resolve("ALL").resolve("organisation-2026-02.xlsx")));
        assertThat(mailbox("ops@example.com")).as("no alert for a completed run").isEmpty();

        JsonNode deliveries = ops.get("/api/runs/" + run).json().path("deliveries");
        assertThat(deliveries).extracting(d -> d.path("programme").asString() + " " + d.path("state").asString()
                + " " + d.path("attempts").asInt() + " " + d.path("attachment").asString()).containsExactly(
                        "career SENT 1 career-2026-02.xlsx", "peer SENT 1 peer-2026-02.xlsx",
                        "ALL SENT 1 organisation-2026-02.xlsx");
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aMailServerThatCannotBeReachedIsTriedAgainAndShownOnTheRunWhichStaysCompleted(String kind) {
        ServeApp app = app(kind);
        ApiClient ops = ops(app);
        JsonNode launch;
        SMTP.stop();
        try {
            launch = started(ops, "reports", "2026-01");
        } finally {
            SMTP.start();
        }

        assertThat(launch.path("outcome").asString()).isEqualTo("COMPLETED");
        long run = launch.path("results").path(0).path("run").path("id").asLong();
        JsonNode shown = ops.get("/api/runs/" + run).json();
        assertThat(shown.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(shown.path("deliveries")).hasSize(3).allSatisfy(delivery -> {
            assertThat(delivery.path("state").asString()).isEqualTo("FAILED");
            assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
            assertThat(delivery.path("lastError").asString()).contains("Connection refused");
        });
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        ConsoleBrowser console = new ConsoleBrowser(app.port());
        console.logIn("ops", "ops-password");
        String page = console.get("/runs/" + run).html();
        assertThat(page).contains("<h2>Deliveries</h2>", "MentorLens 2026-01: Career Mentoring",
                "career-lead@example.com", "Connection refused");
        assertThat(page.split("class=\"state FAILED\"", -1)).as("each message shown failed").hasSize(4);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aFailedRunAlertsWithItsReasonAndALinkToItAndSendsItsReportsOnceFixedAndRestarted(String kind)
            throws Exception {
        ServeApp app = app(kind);
        ApiClient ops = ops(app);

        JsonNode launch = started(ops, "strict", "2025-12");

        assertThat(launch.path("outcome").asString()).isEqualTo("FAILED");
        long run = launch.path("results").path(0).path("run").path("id").asLong();
        String reason = ops.get("/api/runs/" + run).json().path("failureReason").asString();
        assertThat(reason).contains("sessions");
        assertThat(SMTP.getReceivedMessages()).as("the alert only, once per alert recipient").hasSize(2);
        MimeMessage alert = only("ops@example.com");
        assertThat(addresses(alert.getRecipients(RecipientType.TO)))
                .containsExactly("ops@example.com", "oncall@example.com");
        assertThat(alert.getSubject()).isEqualTo("MentorLens: strict failed (monthly-report 2025-12 ALL)");
        assertThat(text(alert)).contains("Why: " + reason, "https://mentorlens.example.org/runs/" + run);
        assertThat(mailbox("hr@example.com")).as("no report for a failed run").isEmpty();
        assertThat(ops.get("/api/runs/" + run).json().path("deliveries")).singleElement().satisfies(delivery -> {
            assertThat(delivery.path("kind").asString()).isEqualTo("alert");
            assertThat(delivery.path("state").asString()).isEqualTo("SENT");
        });

        Files.writeString(app.base().resolve("bad").resolve("sessions-2026-02.csv"), BAD_SESSIONS.replace("sixty", "60"));
        SMTP.purgeEmailFromAllMailboxes();
        JsonNode restarted = awaitEnd(ops, ops.post("/api/runs/" + run + "/restart").json().path("id").asLong());

        assertThat(restarted.path("outcome").asString()).isEqualTo("COMPLETED");
        MimeMessage report = only("hr@example.com");
        assertThat(report.getSubject()).isEqualTo("MentorLens 2025-12: mentoring programmes of the organisation");
        assertThat(attachment(report, "organisation-2025-12.xlsx")).isEqualTo(Files.readAllBytes(app.base()
                .resolve("out-strict").resolve("2025-12").resolve("ALL").resolve("organisation-2025-12.xlsx")));
        assertThat(mailbox("ops@example.com")).as("no alert for the restart that completed").isEmpty();
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aRerunThatTakesOverThePublishedResultsStillSendsEachReport(String kind) throws Exception {
        ServeApp app = app(kind);
        ApiClient ops = ops(app);
        assertThat(started(ops, "reports", "2026-03").path("outcome").asString()).isEqualTo("COMPLETED");
        SMTP.purgeEmailFromAllMailboxes();

        JsonNode rerun = awaitEnd(ops, ops.post("/api/jobs/reports/rerun?period=2026-03").json().path("id").asLong());

        assertThat(rerun.path("outcome").asString()).isEqualTo("COMPLETED");
        long run = rerun.path("results").path(0).path("run").path("id").asLong();
        JsonNode shown = ops.get("/api/runs/" + run).json();
        assertThat(shown.path("reused").asString()).startsWith("Reused the results of run ");
        assertThat(SMTP.getReceivedMessages()).as("one copy per recipient").hasSize(4);
        Path published = app.base().resolve("out").resolve("2026-03");
        assertThat(attachment(only("career-lead@example.com"), "career-2026-03.xlsx"))
                .isEqualTo(Files.readAllBytes(published.resolve("career").resolve("career-2026-03.xlsx")));
        assertThat(attachment(only("hr@example.com"), "organisation-2026-03.xlsx"))
                .isEqualTo(Files.readAllBytes(published.resolve("ALL").resolve("organisation-2026-03.xlsx")));
        assertThat(shown.path("deliveries")).hasSize(3)
                .allSatisfy(delivery -> assertThat(delivery.path("state").asString()).isEqualTo("SENT"));
    }

    private static ApiClient ops(ServeApp app) {
        return new ApiClient(app.port()).as("ops", "ops-password");
    }

    /** Starts a job for a period and waits for the launch to end; answers the launch. */
    private static JsonNode started(ApiClient ops, String job, String period) {
        return awaitEnd(ops, ops.post("/api/jobs/" + job + "/start?period=" + period).json().path("id").asLong());
    }

    private static JsonNode awaitEnd(ApiClient api, long launch) {
        JsonNode[] last = new JsonNode[1];
        ServeApp.await("launch " + launch + " ends", Duration.ofMinutes(2), () -> {
            last[0] = api.get("/api/launches/" + launch).json();
            return "ENDED".equals(last[0].path("state").asString());
        });
        return last[0];
    }

    private static List<MimeMessage> mailbox(String recipient) {
        return SMTP.findReceivedMessages(user -> user.getEmail().equals(recipient), message -> true).toList();
    }

    /** The one message a recipient got. */
    private static MimeMessage only(String recipient) {
        List<MimeMessage> received = mailbox(recipient);
        assertThat(received).as("messages to " + recipient).hasSize(1);
        return received.get(0);
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(Address::toString).toList();
    }

    /** The text of a message, with the line ends it was written with (SMTP carries them as CR LF). */
    private static String text(MimeMessage message) throws IOException, MessagingException {
        return plainText(message).replace("\r\n", "\n");
    }

    private static String plainText(MimeMessage message) throws IOException, MessagingException {
        Object content = message.getContent();
        if (content instanceof String text) {
            return text;
        }
        Multipart parts = (Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart) {
                // MimeMessageHelper nests the text in a related part of the mixed one
                Multipart nested = (Multipart) part.getContent();
                for (int j = 0; j < nested.getCount(); j++) {
                    if (nested.getBodyPart(j).isMimeType("text/plain")) {
                        return (String) nested.getBodyPart(j).getContent();
                    }
                }
            }
        }
        throw new AssertionError("No text part in '" + message.getSubject() + "'");
    }

    /** The bytes of the one attachment, checked to bear that file name and the workbook type. */
    private static byte[] attachment(MimeMessage message, String fileName) throws IOException, MessagingException {
        Multipart parts = (Multipart) message.getContent();
        List<BodyPart> attachments = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                attachments.add(parts.getBodyPart(i));
            }
        }
        assertThat(attachments).hasSize(1);
        BodyPart attachment = attachments.get(0);
        assertThat(attachment.getFileName()).isEqualTo(fileName);
        assertThat(attachment.isMimeType(Mailer.XLSX)).isTrue();
        return attachment.getInputStream().readAllBytes();
    }

    /** The figures of cohort ALL in a published metrics.csv, by metric. */
    private static Map<String, String> figures(Path metricsCsv) throws IOException {
        Map<String, String> figures = new ConcurrentHashMap<>();
        try (Reader reader = Files.newBufferedReader(metricsCsv)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("cohort").equals("ALL") && !row.get("value").isEmpty()) {
                    figures.put(row.get("metric"), row.get("value"));
                }
            }
        }
        return figures;
    }

    private static String whole(String value) {
        assertThat(value).as("a stored figure").isNotNull();
        return String.format(java.util.Locale.ROOT, "%,.0f", Double.parseDouble(value));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

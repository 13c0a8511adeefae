package dev.mentorlens.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small, valid input folder (one programme, six people, two monthly session files) that a test
 * changes file by file to create the case it is about.
 */
public final class InputFolderBuilder {

    private final Map<String, String> files = new LinkedHashMap<>();

    public InputFolderBuilder() {
        files.put("programmes.csv", """
                programme_id,name,format,start_date,end_date,expected_cadence_days,owner_email
                career,Career Mentoring,one_to_one,2026-01-01,,30,owner@example.com
                """);
        files.put("employees.csv", """
                employee_id,department,location,job_level,hire_date,termination_date,termination_reason,manager_id
                E1,Sales,London,5,2020-01-01,,,
                E2,Finance,London,3,2021-01-01,,,E1
                E3,Sales,Berlin,6,2019-01-01,,,
                E4,Legal,Berlin,2,2022-01-01,,,E3
                E5,Sales,Paris,4,2018-01-01,,,
                E6,Finance,Paris,2,2022-06-01,2026-01-20,voluntary,E5
                """);
        files.put("job_history.csv", """
                employee_id,effective_date,event,job_level
                E1,2020-01-01,hire,5
                E2,2021-01-01,hire,3
                E2,2026-02-01,promotion,4
                """);
        files.put("enrolments.csv", """
                programme_id,cohort,employee_id,role,enrolled_on,exited_on,exit_reason
                career,2026-spring,E1,mentor,2026-01-02,,
                career,2026-spring,E2,mentee,2026-01-02,,
                career,2026-spring,E3,mentor,2026-01-02,,
                career,2026-spring,E4,mentee,2026-01-02,,
                """);
        files.put("matches.csv", """
                match_id,programme_id,cohort,mentor_id,mentee_id,matched_on,ended_on
                M1,career,2026-spring,E1,E2,2026-01-05,
                M2,career,2026-spring,E3,E4,2026-01-05,
                """);
        files.put("sessions-2026-01.csv", """
                session_id,programme_id,match_id,started_at,duration_minutes,status,channel,attendee_ids
                S1,career,M1,2026-01-10T10:00:00+01:00,60,held,video,E1;E2
                S2,career,M2,2026-01-12T10:00:00Z,45,held,phone,E3;E4
                S3,career,,2026-01-15T10:00:00Z,90,held,in_person,E1;E2;E3;E4
                """);
        files.put("sessions-2026-02.csv", """
                session_id,programme_id,match_id,started_at,duration_minutes,status,channel,attendee_ids
                S4,career,M1,2026-02-10T10:00:00+01:00,60,held,video,E1;E2
                S5,career,M2,2026-02-12T10:00:00Z,45,cancelled,phone,E3;E4
                """);
        files.put("survey_responses.csv", """
                response_id,survey_id,programme_id,respondent_id,role,submitted_at,satisfaction,nps,comment
                R1,pulse,career,E2,mentee,2026-02-20T10:00:00Z,5,9,great
                R2,pulse,career,E4,mentee,2026-02-21T10:00:00Z,4,,"=1+1"
                """);
    }

    public InputFolderBuilder file(String name, String content) {
        files.put(name, content);
        return this;
    }

    /**
     * Adds sessions-2026-03.csv with {@code count} sessions, so that a run stays long enough in its
     * sessions step to be interrupted: every 1000th is a reject and every 997th repeats the previous
     * key with other content.
     */
    public InputFolderBuilder withManySessions(int count) {
        StringBuilder csv = new StringBuilder(
                "session_id,programme_id,match_id,started_at,duration_minutes,status,channel,attendee_ids\n");
        for (int i = 0; i < count; i++) {
            String id = i % 997 == 996 ? "B" + (i - 1) : "B" + i;
            String status = i % 1000 == 999 ? "Held" : "held";
            String attendees = i % 2 == 0 ? "E1;E2" : "E3;E4;E5";
            csv.append(id).append(",career,").append(i % 2 == 0 ? "M1" : "").append(",2026-03-").append(10 + i % 18)
                    .append("T10:00:00+01:00,60,").append(status).append(",video,").append(attendees).append('\n');
        }
        return file("sessions-2026-03.csv", csv.toString());
    }

    /**
     * Two programmes: {@code career} renamed {@code first}, and {@code second} with one pair (E5 mentoring E6)
     * and a session in January 2026, so that a run of every programme publishes a folder for each.
     */
    public InputFolderBuilder withTwoProgrammes(String first, String second) {
        files.replaceAll((name, content) -> content.replaceAll("(?m)(^|,)career,", "$1" + first + ","));
        append("programmes.csv", second + ",Peer Coaching,peer,2026-01-01,,21,peer@example.com\n");
        append("enrolments.csv", second + ",2026-spring,E5,mentor,2026-01-02,,\n" + second
                + ",2026-spring,E6,mentee,2026-01-02,,\n");
        append("matches.csv", "P1," + second + ",2026-spring,E5,E6,2026-01-05,\n");
        append("sessions-2026-01.csv", "S9," + second + ",P1,2026-01-18T10:00:00Z,30,held,video,E5;E6\n");
        return this;
    }

    private void append(String name, String lines) {
        files.merge(name, lines, String::concat);
    }

    /** Changes the content of a file, e.g. one line of employees.csv. */
    public InputFolderBuilder edit(String name, java.util.function.UnaryOperator<String> change) {
        files.computeIfPresent(name, (file, content) -> change.apply(content));
        return this;
    }

    public InputFolderBuilder without(String name) {
        files.remove(name);
        return this;
    }

    public Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

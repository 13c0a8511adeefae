package dev.mentorlens.delivery;

import java.nio.file.Path;
import java.util.List;

/**
 * One message to send.
 *
 * @param runId the run it is about, or null
 * @param programme the programme whose workbook is attached, or null
 * @param attachment the workbook to attach, or null
 * @param problem why it cannot be sent as it should (its workbook or summary is missing), or null: such a
 *     message is recorded as failed without an attempt
 */
record Message(Long runId, String job, String kind, String programme, List<String> recipients, String subject,
        String text, Path attachment, String problem) {

    static final String REPORT = "report";
    static final String ALERT = "alert";

    static Message unsendable(Long runId, String job, String programme, List<String> recipients, String subject,
            String problem) {
        return new Message(runId, job, REPORT, programme, recipients, subject, null, null, problem);
    }
}

package dev.mentorlens.delivery;

import java.time.Instant;
import java.util.List;

/**
 * One message sent, or tried, after a run.
 *
 * @param runId the run it is about; null for an alert about a launch that failed before a run was recorded
 * @param kind {@code report} (a programme's or the organisation's workbook) or {@code alert}
 * @param programme the programme whose workbook is attached ({@code ALL}: the organisation's), null for an alert
 * @param attachment the workbook's file name, or null
 * @param state {@code SENDING}, {@code SENT} or {@code FAILED}
 * @param attempts how many times sending was tried
 * @param lastError why the last attempt failed, one sentence, or null
 */
public record Delivery(long id, Long runId, String job, String kind, String programme, List<String> recipients,
        String subject, String attachment, String state, int attempts, String lastError, Instant createdAt,
        Instant updatedAt) {
}

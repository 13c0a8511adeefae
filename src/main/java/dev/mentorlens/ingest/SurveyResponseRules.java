package dev.mentorlens.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

final class SurveyResponseRules implements RowRules {

    @Override
    public List<String> columns() {
        return List.of("response_id", "survey_id", "programme_id", "respondent_id", "role", "submitted_at",
                "submitted_epoch_ms", "submitted_date", "satisfaction", "nps", "comment_text");
    }

    @Override
    public RowOutcome.Candidate check(InputRow row, FieldReader fields, ZoneId zone) {
        String id = fields.identifier("response_id");
        String survey = fields.identifier("survey_id");
        String programme = fields.identifier("programme_id");
        String respondent = fields.required("respondent_id");
        String role = fields.requiredEnum("role", EnrolmentRules.ROLES);
        OffsetDateTime submitted = fields.requiredTimestamp("submitted_at", zone);
        int satisfaction = fields.requiredInteger("satisfaction", 1, 5);
        Integer nps = fields.optionalInteger("nps", 0, 10);
        String comment = fields.optionalText("comment");
        return new RowOutcome.Candidate(row, id, null,
                Arrays.asList(id, survey, programme, respondent, role, row.value("submitted_at"),
                        submitted.toInstant().toEpochMilli(), submitted.atZoneSameInstant(zone).toLocalDate(),
                        satisfaction, nps, comment),
                List.of(RowOutcome.Reference.to(Source.PROGRAMMES, programme, "programme_id"),
                        RowOutcome.Reference.to(Source.EMPLOYEES, respondent, "respondent_id")),
                List.of());
    }
}

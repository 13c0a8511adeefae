package dev.mentorlens.ingest;

import java.time.LocalDate;
import java.util.List;

/** What the field checks of one row gave: a reject, or a row to check against other rows. */
public sealed interface RowOutcome {

    InputRow row();

    record Rejected(InputRow row, String reason) implements RowOutcome {
    }

    /**
     * A row whose fields are valid. It is accepted when its references resolve and its key is new;
     * {@code columnValues} follow {@link RowRules#columns()}.
     */
    record Candidate(InputRow row, String key, String hash, List<Object> columnValues, List<Reference> references,
            List<String> attendees) implements RowOutcome {

        Candidate withHash(String rowHash) {
            return new Candidate(row, key, rowHash, columnValues, references, attendees);
        }
    }

    /**
     * A reference to an accepted row of another source. For employees, {@code notAfter} is a date
     * that must not fall after the employee's termination_date ({@code null}: no date rule).
     */
    record Reference(Source target, String id, String field, LocalDate notAfter, String dateRuleReason) {

        static Reference to(Source target, String id, String field) {
            return new Reference(target, id, field, null, null);
        }

        /** Why a row is rejected when the row it names is not among the accepted rows of its target. */
        static String unknownReason(Source target, String field) {
            return switch (target) {
                case PROGRAMMES -> "unknown programme";
                case MATCHES -> "unknown match";
                case EMPLOYEES -> "unknown employee in " + field;
                default -> throw new IllegalArgumentException("no references to " + target);
            };
        }
    }
}

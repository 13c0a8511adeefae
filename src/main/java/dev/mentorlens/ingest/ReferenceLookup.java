package dev.mentorlens.ingest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The accepted rows that the candidates of one chunk refer to, fetched with one query per
 * referenced source, and the reason a candidate's references fail (if they do).
 */
final class ReferenceLookup {

    /** Employee id to termination date; an accepted employee without one maps to {@link #EMPLOYED}. */
    private static final LocalDate EMPLOYED = LocalDate.MAX;

    private static final int MAX_IDS_PER_QUERY = 1000;

    private final Map<String, LocalDate> employees = new HashMap<>();
    private final Set<String> programmes = new HashSet<>();
    private final Set<String> matches = new HashSet<>();

    static ReferenceLookup load(NamedParameterJdbcTemplate jdbc, Collection<RowOutcome.Candidate> candidates) {
        Map<Source, Set<String>> ids = new EnumMap<>(Source.class);
        for (RowOutcome.Candidate candidate : candidates) {
            for (RowOutcome.Reference reference : candidate.references()) {
                ids.computeIfAbsent(reference.target(), s -> new HashSet<>()).add(reference.id());
            }
        }
        ReferenceLookup lookup = new ReferenceLookup();
        ids.forEach((target, wanted) -> lookup.fetch(jdbc, target, wanted));
        return lookup;
    }

    private void fetch(NamedParameterJdbcTemplate jdbc, Source target, Set<String> wanted) {
        // A session may have any number of attendees: keep each query well under the drivers' parameter limits.
        List<String> ids = List.copyOf(wanted);
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_QUERY) {
            fetchSlice(jdbc, target, ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_QUERY)));
        }
    }

    private void fetchSlice(NamedParameterJdbcTemplate jdbc, Source target, List<String> wanted) {
        Map<String, Object> params = Map.of("ids", wanted);
        switch (target) {
            case EMPLOYEES -> jdbc.query(
                    "select employee_id, termination_date from employee where employee_id in (:ids)", params, rs -> {
                        Date terminated = rs.getDate(2);
                        employees.put(rs.getString(1), terminated == null ? EMPLOYED : terminated.toLocalDate());
                    });
            case PROGRAMMES -> programmes.addAll(jdbc.queryForList(
                    "select programme_id from programme where programme_id in (:ids)", params, String.class));
            case MATCHES -> matches.addAll(jdbc.queryForList(
                    "select match_id from mentoring_match where match_id in (:ids)", params, String.class));
            default -> throw new IllegalArgumentException("no references to " + target);
        }
    }

    /** Why the candidate's references fail, or empty when they all resolve. */
    Optional<String> problem(RowOutcome.Candidate candidate) {
        for (RowOutcome.Reference reference : candidate.references()) {
            switch (reference.target()) {
                case PROGRAMMES -> {
                    if (!programmes.contains(reference.id())) {
                        return Optional.of(RowOutcome.Reference.unknownReason(Source.PROGRAMMES, reference.field()));
                    }
                }
                case MATCHES -> {
                    if (!matches.contains(reference.id())) {
                        return Optional.of(RowOutcome.Reference.unknownReason(Source.MATCHES, reference.field()));
                    }
                }
                case EMPLOYEES -> {
                    LocalDate terminated = employees.get(reference.id());
                    if (terminated == null) {
                        return Optional.of(RowOutcome.Reference.unknownReason(Source.EMPLOYEES, reference.field()));
                    }
                    if (reference.notAfter() != null && reference.notAfter().isAfter(terminated)) {
                        return Optional.of(reference.dateRuleReason());
                    }
                }
                default -> throw new IllegalArgumentException("no references to " + reference.target());
            }
        }
        return Optional.empty();
    }
}

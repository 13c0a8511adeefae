package dev.mentorlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Settles every row of a chunk, in file order, inside the chunk transaction: a candidate whose
 * references resolve and whose key is new is accepted; one whose key was accepted before is an
 * identical duplicate or a conflicting reject; everything else is a reject. Nothing is dropped.
 */
final class RowClassifier implements ItemWriter<RowOutcome> {

    /** The size of ingest_reject.raw_text, counted in UTF-16 units to hold on every database. */
    static final int MAX_RAW_LENGTH = 32_000;

    static final String KEY_CONFLICT = "key repeats an earlier row with different content";

    private static final int MAX_KEYS_PER_QUERY = 2_000;

    private final Source source;
    private static final List<String> ATTENDEE_COLUMNS = List.of("session_id", "employee_id");
    private static final List<String> REJECT_COLUMNS = List.of("source", "source_file", "source_line", "reason",
            "raw_text");
    private static final List<String> DUPLICATE_COLUMNS = List.of("source", "source_file", "source_line");

    private final NamedParameterJdbcTemplate named;
    private final Supplier<TableWriter> tables;
    private final List<String> rowColumns;

    RowClassifier(Source source, JdbcTemplate jdbc, Supplier<TableWriter> tables) {
        this.source = source;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.tables = tables;
        List<String> columns = new ArrayList<>(RowRules.of(source).columns());
        columns.addAll(List.of("row_key", "row_hash", "source_file", "source_line"));
        this.rowColumns = List.copyOf(columns);
    }

    @Override
    public void write(Chunk<? extends RowOutcome> chunk) {
        List<RowOutcome.Candidate> candidates = chunk.getItems().stream()
                .filter(RowOutcome.Candidate.class::isInstance).map(RowOutcome.Candidate.class::cast).toList();
        ReferenceLookup references = ReferenceLookup.load(named, candidates);
        Map<String, String> knownKeys = acceptedKeys(candidates);

        List<RowOutcome.Candidate> accepted = new ArrayList<>();
        List<RowOutcome.Rejected> rejected = new ArrayList<>();
        List<InputRow> duplicates = new ArrayList<>();
        for (RowOutcome outcome : chunk.getItems()) {
            if (outcome instanceof RowOutcome.Rejected reject) {
                rejected.add(reject);
                continue;
            }
            RowOutcome.Candidate candidate = (RowOutcome.Candidate) outcome;
            Optional<String> problem = references.problem(candidate);
            String earlierHash = knownKeys.get(candidate.key());
            if (problem.isPresent()) {
                rejected.add(new RowOutcome.Rejected(candidate.row(), problem.get()));
            } else if (earlierHash == null) {
                accepted.add(candidate);
                knownKeys.put(candidate.key(), candidate.hash());
            } else if (earlierHash.equals(candidate.hash())) {
                duplicates.add(candidate.row());
            } else {
                rejected.add(new RowOutcome.Rejected(candidate.row(), KEY_CONFLICT));
            }
        }
        tables.get().commitWithoutFlushWait();
        insertAccepted(accepted);
        insertRejected(rejected);
        insertDuplicates(duplicates);
    }

    private Map<String, String> acceptedKeys(List<RowOutcome.Candidate> candidates) {
        Map<String, String> keys = new HashMap<>();
        if (candidates.isEmpty()) {
            return keys;
        }
        List<String> wanted = candidates.stream().map(RowOutcome.Candidate::key).distinct().toList();
        // slices keep any chunk size under the drivers' parameter limits
        for (int from = 0; from < wanted.size(); from += MAX_KEYS_PER_QUERY) {
            named.query("select row_key, row_hash from " + source.table() + " where row_key in (:keys)",
                    Map.of("keys", wanted.subList(from, Math.min(wanted.size(), from + MAX_KEYS_PER_QUERY))), rs -> {
                        keys.put(rs.getString(1), rs.getString(2));
                    });
        }
        return keys;
    }

    private void insertAccepted(List<RowOutcome.Candidate> accepted) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> attendees = new ArrayList<>();
        for (RowOutcome.Candidate candidate : accepted) {
            List<Object> values = new ArrayList<>(candidate.columnValues());
            values.addAll(List.of(candidate.key(), candidate.hash(), candidate.row().file(), candidate.row().line()));
            rows.add(values.toArray());
            for (String attendee : candidate.attendees()) {
                attendees.add(new Object[] {candidate.key(), attendee});
            }
        }
        tables.get().append(source.table(), rowColumns, rows);
        tables.get().append("session_attendee", ATTENDEE_COLUMNS, attendees);
    }

    private void insertRejected(List<RowOutcome.Rejected> rejected) {
        tables.get().append("ingest_reject", REJECT_COLUMNS, rejected.stream().map(r -> new Object[] {source.id(),
                r.row().file(), r.row().line(), r.reason(), storableRaw(r.row().raw())}).toList());
    }

    /**
     * The raw text of a rejected row as the rejects table can hold it: NUL shown as U+2400, and text
     * over {@link #MAX_RAW_LENGTH} UTF-16 units cut (never inside a surrogate pair) with a marker.
     */
    static String storableRaw(String raw) {
        String text = raw.replace('\0', '\u2400');
        if (text.length() <= MAX_RAW_LENGTH) {
            return text;
        }
        int cut = MAX_RAW_LENGTH - 100;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "... [cut: the row has " + text.codePointCount(0, text.length())
                + " characters]";
    }

    private void insertDuplicates(List<InputRow> duplicates) {
        tables.get().append("ingest_duplicate", DUPLICATE_COLUMNS,
                duplicates.stream().map(d -> new Object[] {source.id(), d.file(), d.line()}).toList());
    }
}

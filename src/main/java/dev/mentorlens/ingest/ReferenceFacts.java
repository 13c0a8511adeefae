package dev.mentorlens.ingest;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the checks of a source read of the accepted rows of the sources it refers to (the joins of
 * {@link StagedSettlement}), as a digest per referenced source: whether an employee exists and when they
 * left, whether a programme or a match exists. Nothing else of those rows can change a verdict, so a
 * dependent whose references show the same digests as when it was judged keeps its verdicts. A digest is
 * taken in SQL by the settlement that changed the source's rows, or else when first asked for.
 */
final class ReferenceFacts {

    private final JdbcTemplate jdbc;

    ReferenceFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The digests of the sources {@code source} refers to, e.g. {@code programmes=…;employees=…}. */
    String of(Source source) {
        StringBuilder facts = new StringBuilder();
        for (Source target : source.references()) {
            facts.append(target.id()).append('=').append(digest(target)).append(';');
        }
        return facts.toString();
    }

    /** What the rows of {@code source} were last judged against; null when unknown. */
    String judgedAgainst(Source source) {
        List<String> stored = jdbc.queryForList("select judged_against from ingest_source where source = ?",
                String.class, source.id());
        return stored.isEmpty() ? null : stored.get(0);
    }

    void recordJudgedAgainst(Source source, String facts) {
        jdbc.update("update ingest_source set judged_against = ? where source = ?", facts, source.id());
    }

    /**
     * Takes the digest of a source other sources refer to, in the transaction that settled (changed) its rows.
     * Its dependents then only read it: two of them settling at once in parallel flows would otherwise both
     * write it, the second waiting for the first's whole settlement to commit.
     */
    void takeDigestOf(Source source) {
        if (source.isReferenced()) {
            store(source);
        }
    }

    /** The stored digest; taken now only when none is (a database from before digests were kept). */
    private String digest(Source target) {
        List<String> stored = jdbc.queryForList("select fact_digest from ingest_source where source = ?",
                String.class, target.id());
        return !stored.isEmpty() && stored.get(0) != null ? stored.get(0) : store(target);
    }

    private String store(Source target) {
        // one ordered pass in the database; quote_literal keeps "a,b" and "a","b" apart
        String digest = jdbc.queryForObject("select coalesce(md5(string_agg(" + facts(target) + ", ','"
                + " order by " + key(target) + " collate \"C\")), 'none') from " + target.table(), String.class);
        jdbc.update("update ingest_source set fact_digest = ? where source = ?", digest, target.id());
        return digest;
    }

    private static String facts(Source target) {
        return switch (target) {
            case EMPLOYEES -> "quote_literal(employee_id) || quote_nullable(termination_date)";
            default -> "quote_literal(" + key(target) + ")";
        };
    }

    private static String key(Source target) {
        return switch (target) {
            case PROGRAMMES -> "programme_id";
            case EMPLOYEES -> "employee_id";
            case MATCHES -> "match_id";
            default -> throw new IllegalArgumentException("no source refers to " + target.id());
        };
    }
}

package dev.mentorlens.delivery;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The messages sent after runs and how their sending went (table {@code delivery} of V12__delivery.sql). */
@Component
class DeliveryLog {

    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private final JdbcTemplate jdbc;

    DeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a message about to be sent; returns its id. */
    long started(Message message) {
        long now = System.currentTimeMillis();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into delivery (run_id, job, kind,"
                    + " programme, recipients, subject, attachment, state, attempts, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", new String[] {"id"});
            if (message.runId() == null) {
                insert.setNull(1, Types.BIGINT);
            } else {
                insert.setLong(1, message.runId());
            }
            insert.setString(2, cut(message.job(), 200));
            insert.setString(3, message.kind());
            insert.setString(4, message.programme());
            insert.setString(5, cut(String.join(", ", message.recipients()), 4000));
            insert.setString(6, cut(message.subject(), 1000));
            insert.setString(7, message.attachment() == null ? null : message.attachment().getFileName().toString());
            insert.setString(8, SENDING);
            insert.setLong(9, now);
            insert.setLong(10, now);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** Records how many attempts were made so far, the state reached and the last error (null once sent). */
    void attempted(long id, String state, int attempts, String lastError) {
        jdbc.update("update delivery set state = ?, attempts = ?, last_error = ?, updated_at = ? where id = ?", state,
                attempts, cut(lastError, 4000), System.currentTimeMillis(), id);
    }

    /** The messages about a run, oldest first. */
    List<Delivery> of(long runId) {
        return jdbc.query("select id, run_id, job, kind, programme, recipients, subject, attachment, state, attempts,"
                + " last_error, created_at, updated_at from delivery where run_id = ? order by id", (rs, i) -> {
                    long run = rs.getLong(2);
                    return new Delivery(rs.getLong(1), rs.wasNull() ? null : run, rs.getString(3), rs.getString(4),
                            rs.getString(5), Arrays.asList(rs.getString(6).split(", ")), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getInt(10), rs.getString(11),
                            Instant.ofEpochMilli(rs.getLong(12)), Instant.ofEpochMilli(rs.getLong(13)));
                }, runId);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

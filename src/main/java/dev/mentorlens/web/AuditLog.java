package dev.mentorlens.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who triggered, stopped, restarted, reloaded or downloaded what, kept in the database (table {@code audit_log}). */
@Component
class AuditLog {

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One action of one user. */
    record Entry(long id, Instant at, String user, String action, String target, String detail) {
    }

    static String name(Principal user) {
        return user == null ? "anonymous" : user.getName();
    }

    void record(Principal user, String action, String target, String detail) {
        jdbc.update("insert into audit_log (occurred_at, username, action, target, detail) values (?, ?, ?, ?, ?)",
                System.currentTimeMillis(), name(user), action, cut(target, 400), cut(detail, 4000));
    }

    /** The latest entries, newest first. */
    List<Entry> recent(int limit) {
        return jdbc.query("select id, occurred_at, username, action, target, detail from audit_log"
                + " order by id desc limit ?", (rs, i) -> new Entry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), limit);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

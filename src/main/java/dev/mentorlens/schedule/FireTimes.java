package dev.mentorlens.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Per job definition, the last fire time the scheduler handled and what it gave (table {@code job_schedule}). */
@Component
public class FireTimes {

    private final JdbcTemplate jdbc;

    FireTimes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last fire of a job: when it was due, and its outcome once its launch ended (null before). */
    public record LastFire(Instant firedAt, String outcome, String detail, Instant endedAt) {
    }

    public Optional<LastFire> last(String job) {
        List<LastFire> rows = jdbc.query("select last_fire_at, last_outcome, last_detail, last_ended_at"
                + " from job_schedule where job_name = ?", (rs, i) -> new LastFire(Instant.ofEpochMilli(rs.getLong(1)),
                        rs.getString(2), rs.getString(3), rs.getObject(4) == null ? null
                                : Instant.ofEpochMilli(rs.getLong(4))), job);
        return rows.stream().findFirst();
    }

    /** Records that a fire time was handled, before its launch runs: a fire is not run twice after a crash. */
    void fired(String job, Instant fireTime) {
        if (jdbc.update("update job_schedule set last_fire_at = ?, last_outcome = null, last_detail = null,"
                + " last_ended_at = null where job_name = ?", fireTime.toEpochMilli(), job) == 0) {
            jdbc.update("insert into job_schedule (job_name, last_fire_at) values (?, ?)", job, fireTime.toEpochMilli());
        }
    }

    /** What the launch of a fire gave; ignored when a later fire was handled meanwhile. */
    void ended(String job, Instant fireTime, String outcome, String detail, Instant endedAt) {
        jdbc.update("update job_schedule set last_outcome = ?, last_detail = ?, last_ended_at = ? where job_name = ?"
                + " and last_fire_at = ?", outcome, detail == null || detail.length() <= 4000 ? detail
                        : detail.substring(0, 3999) + "…", endedAt.toEpochMilli(), job, fireTime.toEpochMilli());
    }
}

package dev.mentorlens.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * Appends rows with PostgreSQL's {@code COPY ... FROM STDIN} in CSV format, on the connection of the
 * current transaction, so the rows commit or roll back with the chunk like batched inserts would.
 */
final class CopyTableWriter implements TableWriter {

    private static final SQLExceptionTranslator ERRORS = new SQLStateSQLExceptionTranslator();

    private final DataSource dataSource;

    CopyTableWriter(JdbcTemplate jdbc) {
        this.dataSource = jdbc.getDataSource();
    }

    @Override
    public void append(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
        byte[] data = csv(rows).getBytes(StandardCharsets.UTF_8);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                copy.writeToCopy(data, 0, data.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw ERRORS.translate("COPY into " + table, sql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @Override
    public void commitWithoutFlushWait() {
        new JdbcTemplate(dataSource).execute("set local synchronous_commit to off");
    }

    /** CSV as COPY reads it: null is an unquoted empty field, every text is quoted (so "" stays empty text). */
    static String csv(List<Object[]> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object value = row[i];
                if (value instanceof String text) {
                    CsvRecordText.appendQuoted(out, text);
                } else if (value instanceof Integer number) {
                    out.append(number.intValue());
                } else if (value instanceof LocalDate date && date.getYear() >= 1000 && date.getYear() <= 9999) {
                    appendDate(out, date);
                } else if (value != null) {
                    out.append(value);
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** YYYY-MM-DD as {@link LocalDate#toString()} writes a four-digit year, without building a string per date. */
    private static void appendDate(StringBuilder out, LocalDate date) {
        out.append(date.getYear()).append('-');
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        out.append((char) ('0' + month / 10)).append((char) ('0' + month % 10)).append('-')
                .append((char) ('0' + day / 10)).append((char) ('0' + day % 10));
    }
}

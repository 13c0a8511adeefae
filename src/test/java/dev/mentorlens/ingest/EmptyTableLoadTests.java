package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Loading an empty PostgreSQL table without its indexes leaves the table with exactly the keys and indexes it had. */
class EmptyTableLoadTests {

    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;

    @BeforeEach
    void table() {
        TestDatabase database = TestDatabase.create("postgres", "empty_table_load");
        DataSource dataSource = new SingleConnectionDataSource(database.url(), database.username(), "", true);
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        jdbc.execute("create table loaded (id varchar(20) primary key, row_key varchar(40) not null unique,"
                + " grp varchar(10), on_day date)");
        jdbc.execute("create index loaded_grp on loaded (grp, on_day)");
    }

    @Test
    void buildsTheKeysAndIndexesAgainAfterLoadingAnEmptyTable() {
        List<String> before = definitions();
        List<Integer> indexesWhileLoading = new ArrayList<>();

        transaction.executeWithoutResult(status -> EmptyTableLoad.into(jdbc, "loaded", () -> {
            indexesWhileLoading.add(indexCount());
            insertRows(1, 5000);
        }));

        assertThat(indexesWhileLoading).containsExactly(0);
        assertThat(definitions()).isEqualTo(before).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from loaded", Integer.class)).isEqualTo(5000);
        assertThatThrownBy(() -> insertRows(17, 17)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into loaded values ('new', 'key-17', 'g', null)"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void keepsTheIndexesOfATableThatHoldsRows() {
        insertRows(1, 10);

        List<Integer> indexesWhileLoading = new ArrayList<>();
        transaction.executeWithoutResult(status -> EmptyTableLoad.into(jdbc, "loaded", () -> {
            indexesWhileLoading.add(indexCount());
            insertRows(11, 20);
        }));

        assertThat(indexesWhileLoading).containsExactly(3);
        assertThat(jdbc.queryForObject("select count(*) from loaded", Integer.class)).isEqualTo(20);
    }

    @Test
    void rowsThatBreakAKeyRollBackToTheEmptyTableWithItsIndexes() {
        List<String> before = definitions();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> EmptyTableLoad.into(jdbc, "loaded", () -> {
            insertRows(1, 100);
            insertRows(50, 50);
        }))).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(definitions()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from loaded", Integer.class)).isZero();
    }

    private void insertRows(int from, int to) {
        jdbc.update("insert into loaded select 'id-' || n, 'key-' || n, 'g' || (n % 7), date '2026-01-01' + n % 300"
                + " from generate_series(?, ?) n", from, to);
    }

    private int indexCount() {
        return jdbc.queryForObject("select count(*) from pg_index where indrelid = 'loaded'::regclass", Integer.class);
    }

    private List<String> definitions() {
        return jdbc.queryForList("select pg_get_indexdef(indexrelid) || coalesce(' ' || (select conname || ' '"
                + " || contype::text from pg_constraint c where c.conindid = x.indexrelid), '') from pg_index x"
                + " where indrelid = 'loaded'::regclass order by 1", String.class);
    }
}

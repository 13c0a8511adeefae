package dev.mentorlens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorlens.support.BatchTestContext;
import org.junit.jupiter.api.Test;

/** The embedded database writes each commit to its file before the commit returns. */
class EmbeddedDatabaseDurabilityTests {

    @Test
    void theProductsConnectionsToAnEmbeddedDatabaseCommitWithoutDelay() {
        String delay = BatchTestContext.of("h2").productJdbc().queryForObject(
                "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'",
                String.class);

        assertThat(delay).as("milliseconds H2 may hold a commit before writing it").isEqualTo("0");
    }
}

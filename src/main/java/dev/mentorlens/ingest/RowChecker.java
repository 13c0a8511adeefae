package dev.mentorlens.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The row-local checks: field count, NUL characters (no database stores them in text) and field
 * rules. References and keys are checked per chunk.
 */
final class RowChecker implements ItemProcessor<InputRow, RowOutcome> {

    private static final HexFormat HEX = HexFormat.of();

    private final Source source;
    private final RowRules rules;
    private final List<String> specColumns;
    private final ZoneHolder zone;
    /** One digest for the rows of a step, which are checked one after another; looking one up per row costs more than hashing. */
    private final MessageDigest digest = sha256();

    RowChecker(Source source, ZoneHolder zone) {
        this.source = source;
        this.rules = RowRules.of(source);
        this.specColumns = source.specColumns();
        this.zone = zone;
    }

    @Override
    public RowOutcome process(InputRow row) {
        if (row.fieldCount() != row.expectedFieldCount()) {
            return new RowOutcome.Rejected(row,
                    "wrong number of fields: " + row.fieldCount() + " instead of " + row.expectedFieldCount());
        }
        for (String column : specColumns) {
            if (row.value(column).indexOf('\0') >= 0) {
                return new RowOutcome.Rejected(row, column + " contains a NUL character");
            }
        }
        try {
            return rules.check(row, new FieldReader(row), zone.get()).withHash(contentHash(row));
        } catch (RowRejectedException e) {
            return new RowOutcome.Rejected(row, e.getMessage());
        }
    }

    /**
     * Hash of the documented column values by name, so column order and ignored extra columns do not
     * matter; the extra columns a source keeps (employee attributes) count by name too.
     */
    private String contentHash(InputRow row) {
        digest.reset();
        for (String column : specColumns) {
            digest.update(row.value(column).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1f);
        }
        if (source.keepsExtraColumns()) {
            EmployeeAttributes.of(row.values()).forEach((name, value) -> {
                digest.update((byte) 0x1e);
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
                digest.update(value.getBytes(StandardCharsets.UTF_8));
            });
        }
        return HEX.formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Source source() {
        return source;
    }
}

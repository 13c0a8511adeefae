package dev.mentorlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formula-injection defence of CSV exports (a security feature: OWASP ASVS 5.0, 1.2.10). */
class SpreadsheetTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3 is how I rate it", "@SUM(A1)", "\tx", "\rx"})
    void prefixesTextThatASpreadsheetWouldRunAsAFormula(String text) {
        assertThat(SpreadsheetText.safe(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"great sessions", "4", "E00012", "", " =not first"})
    void leavesOtherTextAlone(String text) {
        assertThat(SpreadsheetText.safe(text)).isEqualTo(text);
    }
}

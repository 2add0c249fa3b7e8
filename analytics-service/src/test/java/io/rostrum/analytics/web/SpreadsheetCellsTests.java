package io.rostrum.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "=HYPERLINK(\"http://x.example\")|'=HYPERLINK(\"http://x.example\")",
        "+1+1|'+1+1",
        "-2+3|'-2+3",
        "@SUM(A1:A2)|'@SUM(A1:A2)",
        "ceo-ada|ceo-ada",
        "2026-07-06|2026-07-06",
    })
    void neutralisesTextAFormulaCouldStartWith(String text, String cell) {
        assertThat(SpreadsheetCells.text(text)).isEqualTo(cell);
    }

    @Test
    void neutralisesTabsAndCarriageReturnsLeadingText() {
        assertThat(SpreadsheetCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.text("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void writesNumbersPlainWithSixDecimalsAndKeepsTheSign() {
        assertThat(SpreadsheetCells.number(-0.25)).isEqualTo("-0.25");
        assertThat(SpreadsheetCells.number(1.0 / 3)).isEqualTo("0.333333");
        assertThat(SpreadsheetCells.number(1e-7)).isEqualTo("0");
        assertThat(SpreadsheetCells.number(12_000_000.0)).isEqualTo("12000000");
        assertThat(SpreadsheetCells.number((Double) null)).isEmpty();
        assertThat(SpreadsheetCells.number(42L)).isEqualTo("42");
    }
}

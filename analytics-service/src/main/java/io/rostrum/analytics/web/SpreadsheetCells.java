package io.rostrum.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Cell values for a CSV that people open in a spreadsheet. Text starting with = + - @ (or a tab or carriage
 * return) would be run as a formula, so it gets a leading apostrophe (OWASP's CSV injection advice). Numbers
 * are written by this class from doubles and longs, so they cannot carry a formula and stay numbers, minus sign
 * included.
 */
final class SpreadsheetCells {

    private static final int DECIMALS = 6;
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    static String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A number rounded to six decimals, without exponent; empty when there is no value. */
    static String number(@Nullable Double value) {
        if (value == null) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    static String number(@Nullable Long value) {
        return value == null ? "" : Long.toString(value);
    }
}

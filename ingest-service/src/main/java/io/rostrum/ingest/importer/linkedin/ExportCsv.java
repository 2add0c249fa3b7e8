package io.rostrum.ingest.importer.linkedin;

import io.rostrum.ingest.importer.ExportFile;
import io.rostrum.ingest.importer.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of a LinkedIn export, read whole before anything is emitted, so a broken file fails the import
 * without half of it having gone out. (The files are small: one row per post or comment.)
 *
 * <p>LinkedIn writes quotes inside quoted fields in two ways, at times within one export: doubled as RFC 4180 has
 * it ({@code ""}) or escaped with a backslash ({@code \"}). A file that contains {@code \"} anywhere is read with
 * backslash escapes, which still accepts doubled quotes; any other file strictly as RFC 4180, so its backslashes
 * stay literal. A leading byte-order mark is ignored.
 */
final class ExportCsv {

    private static final CSVFormat RFC_4180 = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();
    private static final CSVFormat BACKSLASH_ESCAPED = RFC_4180.builder().setEscape('\\').get();

    /** One data record; {@code where} names the file, the record number and the line it starts on. */
    record Row(String where, CSVRecord record) {

        String get(String column) {
            return record.isSet(column) ? record.get(column).strip() : "";
        }
    }

    private ExportCsv() {
    }

    /**
     * @param columns the columns that must be in the header
     * @param skip    receives rows that cannot be read, with the reason
     * @throws ImportException when the header lacks a column or the CSV is broken (an unclosed quote), naming
     *                         the line
     */
    static List<Row> read(ExportFile file, List<String> columns, RowSkipper skip) {
        String content = contents(file);
        int[] lineStarts = lineStarts(content);
        List<Row> rows = new ArrayList<>();
        CSVFormat format = content.contains("\\\"") ? BACKSLASH_ESCAPED : RFC_4180;
        long lastGoodLine = 1;
        try (CSVParser parser = CSVParser.parse(content, format)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = columns.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty()) {
                throw new ImportException(file + ", line 1: expected a header with " + String.join(", ", columns)
                        + "; missing " + String.join(", ", missing) + " (found " + String.join(", ", header) + ")");
            }
            for (CSVRecord record : parser) {
                lastGoodLine = lineOf(record.getCharacterPosition(), lineStarts);
                String where = file + " record " + record.getRecordNumber() + " (line " + lastGoodLine + ")";
                if (record.size() != header.size()) {
                    skip.skip(where, "expected " + header.size() + " fields as in the header, found " + record.size());
                } else {
                    rows.add(new Row(where, record));
                }
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw new ImportException(file + ", after line " + lastGoodLine + ": cannot parse the CSV ("
                    + cause.getMessage() + "); expected each quoted field to be closed by a quote", e);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file + ", line 1: unreadable header (" + e.getMessage() + ")", e);
        }
        return rows;
    }

    @FunctionalInterface
    interface RowSkipper {
        void skip(String where, String reason);
    }

    private static String contents(ExportFile file) {
        try (InputStream in = file.open()) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return content.startsWith("\uFEFF") ? content.substring(1) : content;
        } catch (IOException e) {
            throw new ImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int[] lineStarts(String content) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long lineOf(long position, int[] lineStarts) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1L;
    }
}

package io.rostrum.ingest.importer.x;

import io.rostrum.ingest.importer.ExportFile;
import io.rostrum.ingest.importer.ImportException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.ObjIntConsumer;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file of an X archive: a JavaScript assignment such as {@code window.YTD.tweets.part0 = [...]} whose right-hand
 * side is JSON. The assignment is checked against a fixed shape and skipped, never evaluated; plain JSON without
 * it is accepted too. Arrays are streamed one entry at a time, so a large tweets file is never held whole.
 */
final class YtdFile {

    private static final Pattern ASSIGNMENT = Pattern.compile("\\s*window\\.[A-Za-z_$][\\w$.]*\\s*");
    private static final int MAX_ASSIGNMENT_CHARS = 200;
    /** Jackson's pointer to where an unclosed value began, which names no source and so tells the reader nothing. */
    private static final Pattern SOURCE_DETAILS = Pattern.compile(" \\(start marker at \\[.*?]\\)");

    private final ExportFile file;
    private final JsonMapper json;
    /** Reads one value where the parser stands; what follows it (the next entry, a closing ';') is not its concern. */
    private final ObjectReader values;

    YtdFile(ExportFile file, JsonMapper json) {
        this.file = file;
        this.json = json;
        this.values = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The whole value, for the small files (account, manifest). */
    JsonNode value() {
        try (Reader reader = reader()) {
            int skipped = skipAssignment(reader);
            try (JsonParser parser = json.createParser(reader)) {
                try {
                    return values.readValue(parser);
                } catch (JacksonException e) {
                    throw broken(e, skipped, "a complete JSON value");
                }
            }
        } catch (IOException e) {
            throw new ImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Hands each entry of the top-level array to {@code visitor} with its index.
     *
     * @return how many entries there were
     * @throws ImportException naming the line and column when the JSON is broken or ends early
     */
    int forEach(ObjIntConsumer<JsonNode> visitor) {
        try (Reader reader = reader()) {
            int skipped = skipAssignment(reader);
            try (JsonParser parser = json.createParser(reader)) {
                try {
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        throw new ImportException(file + ", " + where(parser.currentLocation(), skipped)
                                + ": expected a JSON array of entries after the assignment");
                    }
                    int index = 0;
                    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
                            token = parser.nextToken()) {
                        if (token == null) {
                            throw new ImportException(file + ", " + where(parser.currentLocation(), skipped)
                                    + ": the file ends inside the array; expected more entries or ']'"
                                    + " (is the file truncated?)");
                        }
                        JsonNode entry = values.readValue(parser);
                        visitor.accept(entry, index++);
                    }
                    return index;
                } catch (JacksonException e) {
                    throw broken(e, skipped, "a complete JSON array of entries (is the file truncated?)");
                }
            }
        } catch (IOException e) {
            throw new ImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    ExportFile file() {
        return file;
    }

    private Reader reader() {
        return new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8));
    }

    /** Consumes {@code window.YTD.x.partN =} and returns how many characters it took on the first line. */
    private int skipAssignment(Reader reader) throws IOException {
        reader.mark(MAX_ASSIGNMENT_CHARS + 1);
        StringBuilder head = new StringBuilder();
        for (int c = reader.read(); c >= 0 && head.length() < MAX_ASSIGNMENT_CHARS; c = reader.read()) {
            if (c == '=') {
                String assignment = head.toString().replace("\uFEFF", "");
                if (!ASSIGNMENT.matcher(assignment).matches()) {
                    break;
                }
                return head.length() + 1;
            }
            if ((c == '[' || c == '{') && head.toString().replace("\uFEFF", "").isBlank()) {
                reader.reset();
                if (head.indexOf("\uFEFF") >= 0) {
                    reader.skip(head.indexOf("\uFEFF") + 1L);
                }
                return 0;
            }
            head.append((char) c);
        }
        throw new ImportException(file + ", line 1: expected it to start with an assignment such as"
                + " 'window.YTD.tweets.part0 = ' followed by JSON");
    }

    private ImportException broken(JacksonException e, int skipped, String expected) {
        String where = e.getLocation() == null ? "" : ", " + where(e.getLocation(), skipped);
        String problem = SOURCE_DETAILS.matcher(e.getOriginalMessage()).replaceAll("");
        return new ImportException(file + where + ": " + problem + "; expected " + expected, e);
    }

    private static String where(TokenStreamLocation location, int skipped) {
        int line = location.getLineNr();
        int column = line == 1 ? location.getColumnNr() + skipped : location.getColumnNr();
        return "line " + line + ", column " + column;
    }
}

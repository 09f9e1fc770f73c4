package ${package};

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a small CSV file bundled in the connector's jar: a header line, then one row per line,
 * fields separated by commas, without quoting (so no field holds a comma).
 *
 * <p>It stands in for the system a connector really reads, such as an HTTP API or a database:
 * replace it with a client of yours. Bad data fails the sync with a message that names the file,
 * the line and the column.
 */
final class CsvResource {
    private CsvResource() {}

    /**
     * Every row of {@code name}, a resource in the package of {@code anchor}.
     *
     * @throws IOException if the resource is missing or cannot be read
     */
    static List<Row> read(Class<?> anchor, String name) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new FileNotFoundException(name + " is not bundled next to " + anchor.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null) {
                throw new IOException(name + " is empty; its first line must name the columns");
            }
            List<String> columns = Arrays.asList(header.split(",", -1));
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != columns.size()) {
                    throw new IOException(name + " line " + number + " has " + fields.length
                            + " fields, but the header names " + columns.size() + ": " + columns);
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < fields.length; i++) {
                    values.put(columns.get(i), fields[i].trim());
                }
                rows.add(new Row(name, number, values));
            }
            return rows;
        }
    }

    /** One line of a CSV file, with typed access to its fields by column name. */
    record Row(String file, int line, Map<String, String> values) {
        String text(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalStateException(file + " has no column " + column + "; it has " + values.keySet());
            }
            return value;
        }

        long longValue(String column) {
            try {
                return Long.parseLong(text(column));
            } catch (NumberFormatException e) {
                throw invalid(column, "a whole number");
            }
        }

        BigDecimal decimal(String column) {
            try {
                return new BigDecimal(text(column));
            } catch (NumberFormatException e) {
                throw invalid(column, "a decimal number such as 12.50");
            }
        }

        OffsetDateTime timestamp(String column) {
            try {
                return OffsetDateTime.parse(text(column));
            } catch (DateTimeParseException e) {
                throw invalid(column, "a timestamp with an offset, such as 2024-03-01T09:15:00Z");
            }
        }

        private IllegalStateException invalid(String column, String expected) {
            return new IllegalStateException(
                    file + " line " + line + ": " + column + " is \"" + text(column) + "\", not " + expected);
        }
    }
}

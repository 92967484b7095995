package dk.punkt.imports;

import dk.punkt.publishing.MeetingDocument;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the agenda table of the 2024 template (type, title, responsible, {@code 9.00 - 9.15 (15)}; Pause rows):
 * the first tab-separated table in the document with at least one time range.
 */
final class TimetableReader {

    private static final Pattern RANGE =
            Pattern.compile("^(\\d{1,2})[.:](\\d{2})\\s*[-–]\\s*(\\d{1,2})[.:](\\d{2})(?:\\s*\\((\\d{1,3})\\))?$");
    private static final Pattern SINGLE = Pattern.compile("^(\\d{1,2})[.:](\\d{2})$");

    /** One row: the timetable entry, and for item rows the type, responsible and planned minutes it gives. */
    record Row(MeetingDocument.TimetableEntry entry, String type, String responsible, Integer minutes) {}

    private TimetableReader() {}

    /** The rows of the first table in {@code lines} that has time ranges, or an empty list. */
    static List<Row> read(List<SourceLine> lines) {
        List<List<String>> table = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.raw().contains("\t") && !line.isBlank()) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.raw().split("\t", -1)) {
                    cells.add(cell.replace("**", "").strip());
                }
                table.add(cells);
                continue;
            }
            if (!table.isEmpty()) {
                List<Row> rows = rowsOf(table);
                if (!rows.isEmpty()) {
                    return rows;
                }
                table.clear();
            }
        }
        return table.isEmpty() ? List.of() : rowsOf(table);
    }

    private static List<Row> rowsOf(List<List<String>> table) {
        boolean hasRange = table.stream()
                .anyMatch(cells ->
                        cells.stream().anyMatch(cell -> RANGE.matcher(cell).matches()));
        if (!hasRange) {
            return List.of();
        }
        List<String> header = table.get(0);
        int typeColumn = column(header, "type", 0);
        int responsibleColumn = column(header, "ansvarlig", 2);
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (List<String> cells : table.subList(1, table.size())) {
            Row row = rowOf(cells, typeColumn, responsibleColumn, number + 1);
            if (row == null) {
                continue;
            }
            if ("ITEM".equals(row.entry().kind())) {
                number++;
            }
            rows.add(row);
        }
        return rows;
    }

    private static Row rowOf(List<String> cells, int typeColumn, int responsibleColumn, int nextNumber) {
        String time = null;
        for (int i = cells.size() - 1; i >= 0; i--) {
            String cell = cells.get(i);
            if (RANGE.matcher(cell).matches() || SINGLE.matcher(cell).matches()) {
                time = cell;
                break;
            }
        }
        if (time == null) {
            return null;
        }
        LocalTime start;
        LocalTime end;
        Integer minutes = null;
        try {
            Matcher range = RANGE.matcher(time);
            if (range.matches()) {
                start = LocalTime.of(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
                end = LocalTime.of(Integer.parseInt(range.group(3)), Integer.parseInt(range.group(4)));
                minutes = range.group(5) != null
                        ? Integer.valueOf(range.group(5))
                        : (int) java.time.Duration.between(start, end).toMinutes();
            } else {
                Matcher single = SINGLE.matcher(time);
                single.matches();
                start = LocalTime.of(Integer.parseInt(single.group(1)), Integer.parseInt(single.group(2)));
                end = start;
            }
        } catch (DateTimeException e) {
            return null;
        }
        String first = cell(cells, typeColumn);
        if (first != null && first.toLowerCase(Locale.ROOT).startsWith("pause")) {
            return new Row(
                    new MeetingDocument.TimetableEntry("PAUSE", null, start, end, minutes == null ? 0 : minutes),
                    null,
                    null,
                    null);
        }
        return new Row(
                new MeetingDocument.TimetableEntry("ITEM", nextNumber, start, end, minutes == null ? 0 : minutes),
                first,
                cell(cells, responsibleColumn),
                minutes);
    }

    private static int column(List<String> header, String word, int fallback) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).contains(word)) {
                return i;
            }
        }
        return fallback;
    }

    private static String cell(List<String> cells, int index) {
        if (index < 0 || index >= cells.size() || cells.get(index).isBlank()) {
            return null;
        }
        return cells.get(index);
    }
}

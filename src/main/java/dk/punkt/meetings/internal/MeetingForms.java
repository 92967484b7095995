package dk.punkt.meetings.internal;

import dk.punkt.meetings.MeetingView.Attendee;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads typed form values and collects a message key per bad field (in form order), so the page can show each
 * message next to its field and all of them in a summary at the top.
 */
final class MeetingForms {

    final Map<String, String> errors = new LinkedHashMap<>();

    LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "meetings.error.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "meetings.error.date");
            return null;
        }
    }

    LocalTime time(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "meetings.error.required");
            }
            return null;
        }
        String text = value.strip().replace('.', ':');
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            errors.put(field, "meetings.error.time");
            return null;
        }
    }

    Integer number(String field, String value, int min, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "meetings.error.required");
            }
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                errors.put(field, "meetings.error.range");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.put(field, "meetings.error.number");
            return null;
        }
    }

    DayOfWeek weekday(String field, String value) {
        try {
            return DayOfWeek.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "meetings.error.required");
            return null;
        }
    }

    void endAfterStart(LocalTime start, LocalTime end) {
        if (start != null && end != null && !end.isAfter(start)) {
            errors.put("endTime", "meetings.error.endBeforeStart");
        }
    }

    /** One participant per line: "Henrik Harder (Kommunaldirektør)" or just the name. */
    static List<Attendee> attendees(String text) {
        List<Attendee> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (String line : text.split("\\R")) {
            String entry = line.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int open = entry.lastIndexOf('(');
            if (open > 0 && entry.endsWith(")")) {
                result.add(new Attendee(
                        entry.substring(0, open).strip(),
                        entry.substring(open + 1, entry.length() - 1).strip()));
            } else {
                result.add(new Attendee(entry, null));
            }
        }
        return result;
    }

    static String lines(List<Attendee> attendees) {
        StringBuilder text = new StringBuilder();
        for (Attendee attendee : attendees) {
            text.append(attendee.name());
            if (attendee.title() != null && !attendee.title().isBlank()) {
                text.append(" (").append(attendee.title()).append(')');
            }
            text.append('\n');
        }
        return text.toString();
    }

    boolean ok() {
        return errors.isEmpty();
    }
}

package dk.punkt.imports.internal;

import dk.punkt.publishing.MeetingDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a file's text form each item and section of the parsed document starts, so the preview can link what
 * became which item and section to the source line it came from.
 */
public record SourceLines(List<String> lines, Map<Integer, Integer> items, Map<String, Integer> sections) {

    private static final Pattern ITEM = Pattern.compile("^Punkt\\s+(\\d{1,3})\\s*[:.]", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOC = Pattern.compile("(?:\\.{3,}\\s*|\\t\\s*)\\d{1,4}$");

    static SourceLines of(String text, MeetingDocument document) {
        List<String> lines =
                List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        Map<Integer, Integer> items = new HashMap<>();
        Map<String, Integer> sections = new HashMap<>();
        Integer currentItem = null;
        for (int i = 0; i < lines.size(); i++) {
            String plain = plain(lines.get(i));
            Matcher item = ITEM.matcher(plain);
            if (item.find() && !TOC.matcher(plain).find()) {
                currentItem = Integer.valueOf(item.group(1));
                items.putIfAbsent(currentItem, i + 1);
                continue;
            }
            if (currentItem != null && document != null) {
                for (MeetingDocument.Item parsed : document.items()) {
                    if (parsed.number() != currentItem) {
                        continue;
                    }
                    for (MeetingDocument.Section section : parsed.sections()) {
                        String heading = plain.endsWith(":")
                                ? plain.substring(0, plain.length() - 1).strip()
                                : plain;
                        if (heading.equalsIgnoreCase(section.name())) {
                            sections.putIfAbsent(key(currentItem, section.name()), i + 1);
                        }
                    }
                }
            }
        }
        return new SourceLines(lines, items, sections);
    }

    /** The line (1-based) where item {@code number}'s heading is, or null. */
    public Integer itemLine(int number) {
        return items.get(number);
    }

    public Integer sectionLine(int item, String section) {
        return sections.get(key(item, section));
    }

    private static String key(int item, String section) {
        return item + "/" + section.toLowerCase(Locale.ROOT);
    }

    /** A line without Markdown heading and bold marks. */
    private static String plain(String line) {
        return line.strip().replaceFirst("^#{1,6}\\s*", "").replace("**", "").strip();
    }
}

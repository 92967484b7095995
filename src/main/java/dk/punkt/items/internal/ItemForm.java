package dk.punkt.items.internal;

import dk.punkt.items.ItemView;
import dk.punkt.items.SectionNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The item form as the browser sent it, every value as typed, so a refused form is shown again exactly as the user
 * left it. Section texts are keyed by section name; their fields are {@code afsnit-<index>} in template order.
 */
public record ItemForm(
        String title,
        String caseNumber,
        String type,
        String responsible,
        String minutes,
        boolean closed,
        String target,
        String recommendedBy,
        List<String> clauses,
        Map<String, String> sections,
        String version) {

    /** The sections an author writes; Indstilling is the structured recommendation, Beslutning and Bilag come later. */
    public static final List<String> TEXT_SECTIONS = SectionNames.TEMPLATE.stream()
            .filter(name -> !name.equals(SectionNames.INDSTILLING)
                    && !name.equals(SectionNames.BESLUTNING)
                    && !name.equals(SectionNames.BILAG))
            .toList();

    /** Empty clause rows offered without JavaScript, besides the filled ones. */
    static final int SPARE_CLAUSE_ROWS = 2;

    static ItemForm empty(String defaultRecommendedBy) {
        return new ItemForm("", "", "", "", "", false, "", defaultRecommendedBy, List.of(), Map.of(), null);
    }

    /** This form with a title, case number and target meeting filled in where given (blank values are skipped). */
    ItemForm prefilled(String newTitle, String newCaseNumber, String newTarget) {
        return new ItemForm(
                blank(newTitle) ? title : newTitle.strip(),
                blank(newCaseNumber) ? caseNumber : newCaseNumber.strip(),
                type,
                responsible,
                minutes,
                closed,
                blank(newTarget) ? target : newTarget.strip(),
                recommendedBy,
                clauses,
                sections,
                version);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static ItemForm of(ItemView item) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (ItemView.Section section : item.sections()) {
            sections.put(section.name(), section.text());
        }
        ItemView.Recommendation r = item.recommendation();
        return new ItemForm(
                item.title(),
                item.caseNumber() == null ? "" : item.caseNumber(),
                item.type() == null ? "" : item.type().name(),
                item.responsible() == null ? "" : item.responsible(),
                item.minutes() == null ? "" : item.minutes().toString(),
                item.closed(),
                item.meetingId() == null ? "" : item.meetingId().toString(),
                r == null || r.by() == null ? "" : r.by(),
                r == null ? List.of() : r.clauses(),
                sections,
                Long.toString(item.version()));
    }

    static ItemForm from(MultiValueMap<String, String> params) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 0; i < TEXT_SECTIONS.size(); i++) {
            String text = params.getFirst("afsnit-" + i);
            if (text != null && !text.isBlank()) {
                sections.put(TEXT_SECTIONS.get(i), text);
            }
        }
        List<String> clauses = new ArrayList<>();
        for (String clause : params.getOrDefault("at", List.of())) {
            if (clause != null && !clause.isBlank()) {
                clauses.add(clause.strip());
            }
        }
        return new ItemForm(
                value(params, "title"),
                value(params, "caseNumber"),
                value(params, "type"),
                value(params, "responsible"),
                value(params, "minutes"),
                params.containsKey("closed"),
                value(params, "target"),
                value(params, "recommendedBy"),
                clauses,
                sections,
                params.getFirst("version"));
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value.strip();
    }

    public String section(String name) {
        return sections.getOrDefault(name, "");
    }

    /** The clauses plus a few empty rows, so clauses can be added without JavaScript. */
    public List<String> clauseRows() {
        List<String> rows = new ArrayList<>(clauses);
        for (int i = 0; i < SPARE_CLAUSE_ROWS || rows.size() < 3; i++) {
            rows.add("");
        }
        return rows;
    }

    /** The sections in template order, without the empty ones. */
    List<ItemView.Section> sectionList() {
        List<ItemView.Section> list = new ArrayList<>();
        for (String name : TEXT_SECTIONS) {
            String text = sections.get(name);
            if (text != null && !text.isBlank()) {
                list.add(new ItemView.Section(name, text));
            }
        }
        return list;
    }
}

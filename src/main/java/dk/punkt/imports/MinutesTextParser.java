package dk.punkt.imports;

import dk.punkt.cases.CaseNumber;
import dk.punkt.cases.InvalidCaseNumberException;
import dk.punkt.items.ItemType;
import dk.punkt.items.SectionNames;
import dk.punkt.publishing.MeetingDocument;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an agenda or minutes document in text or Markdown form (the corpus format), or a DOCX turned into that
 * form, into a {@link MeetingDocument}
 * without id or state. Pure: no database, no Spring. Every fault is an {@link ImportException} naming the file and
 * the line or item at fault; nothing else escapes.
 */
public final class MinutesTextParser {

    private static final Pattern TITLE = Pattern.compile(
            "^(REFERAT|DAGSORDEN)(?![\\p{L}])\\s*(?:for\\s+|fra\\s+)?(.*?)(?:\\s*[-–,]?\\s*(?:d\\.|den)\\s*(\\S+))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile(
            "^(Mødedato|Dato|Mødested|Sted|Mødedeltagere|Deltagere|Til\\s+stede|Tilstede|Afbud|Fraværende)(?![\\p{L}])"
                    + "\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM =
            Pattern.compile("^Punkt\\s+(\\d{1,3})\\s*[:.\\-–]\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CASE_LINE = Pattern.compile(
            "^(?:(?:Sagsnummer|Sagsnr\\.?|Sags\\s*nr\\.?|Sag\\s*nr\\.?)\\s*:?\\s*)?(\\d{2}\\.\\d{2}\\.\\d{2}\\s*-\\S*.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CASE_LABEL = Pattern.compile(
            "^(?:Sagsnummer|Sagsnr\\.?|Sags\\s*nr\\.?|Sag\\s*nr\\.?)\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})");
    private static final Pattern WORD_DATE = Pattern.compile(
            "(\\d{1,2})\\.?\\s+(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\\p{L}*\\.?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME =
            Pattern.compile("kl\\.?\\s*(\\d{1,2})(?:[:.](\\d{2}))?(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOC_ENTRY = Pattern.compile("^.+?(?:\\.{3,}\\s*|\\t\\s*)\\d{1,4}$");
    private static final Pattern RECOMMENDER = Pattern.compile("^(.+?)\\s+indstiller\\b\\s*[,:]?\\s*(.*)$");
    private static final Pattern CLAUSE = Pattern.compile("^(?:\\d{1,3}[.)]|[-*•])\\s*(.+)$");
    private static final Pattern PERSON = Pattern.compile("^(.+?)\\s*\\((.*)\\)$");
    /** A list mark before a person, a clause or an appendix: "-", "•", "1.", "1)". */
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*•–]|\\d{1,3}[.)])\\s+");
    /** "Ingen", "Ingen afbud", "Ingen bilag.": the list is empty. */
    private static final Pattern NONE =
            Pattern.compile("^(?:ingen(?:\\s+\\p{L}+)?|-|—)\\.?$", Pattern.CASE_INSENSITIVE);
    /** "til Chefforum," after "X indstiller": whom the recommendation is addressed to, not a clause. */
    private static final Pattern ADDRESSEE = Pattern.compile("^til\\s+[^,:]*(?:[,:]\\s*(.*))?$");
    /** "Bilag 1:", "Bilag 2 -", "Bilag 3." before an appendix's name. */
    private static final Pattern APPENDIX_LABEL =
            Pattern.compile("^Bilag\\s+\\d{1,3}\\s*[:.\\-–)]\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    /** A Markdown table's separator row, "|---|:--:|". */
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\|(?:\\s*:?-{3,}:?\\s*\\|)+$");

    private static final Pattern TYPE_LABEL =
            Pattern.compile("^(?:Sagstype|Type)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESPONSIBLE_LABEL =
            Pattern.compile("^Ansvarlig[^:]*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /** Months by their first three letters: "juni", "jun." and "jun" are all June. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("maj", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("okt", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final int MAX_SECTION_NAME = 100;
    private static final int MAX_QUOTE = 60;

    /**
     * Parses the bytes of a file: a DOCX (by name or content), or text in UTF-8 or Windows-1252 (older Word exports).
     *
     * @param fileName named in error messages
     * @throws ImportException if the file is empty, binary, or not an agenda or minutes document
     */
    public MeetingDocument parse(String fileName, byte[] content) {
        if (content != null && content.length > 0 && PdfText.isPdf(fileName, content)) {
            return parse(fileName, PdfText.toText(fileName, content));
        }
        if (content != null && content.length > 0 && DocxText.isDocx(fileName, content)) {
            return parse(fileName, DocxText.toText(fileName, content));
        }
        return parse(fileName, decode(fileName, content));
    }

    /**
     * The text form the parser reads for a file: a PDF's or DOCX's text as {@link PdfText} and {@link DocxText} write
     * it, or the decoded text; line numbers in error messages count its lines. For showing a source beside its result.
     *
     * @throws ImportException if the file cannot be read at all
     */
    public String textForm(String fileName, byte[] content) {
        if (content != null && content.length > 0 && PdfText.isPdf(fileName, content)) {
            return PdfText.toText(fileName, content);
        }
        if (content != null && content.length > 0 && DocxText.isDocx(fileName, content)) {
            return DocxText.toText(fileName, content);
        }
        return decode(fileName, content);
    }

    /** Parses text already decoded. */
    public MeetingDocument parse(String fileName, String text) {
        try {
            return new Run(fileName, text).document();
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException e) {
            // A rule this parser did not foresee: still one clear line, never a stack trace for the user.
            throw new ImportException(fileName, null, "cannot be read: " + e, e);
        }
    }

    static String decode(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportException(fileName, null, "is empty");
        }
        for (int i = 0; i < content.length; i++) {
            int b = content[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                throw new ImportException(
                        fileName,
                        lineAt(content, i),
                        "is not a text file (control byte 0x%02x at byte %d)".formatted(b, i));
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static int lineAt(byte[] content, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One parse of one file. */
    private static final class Run {

        private final String file;
        private final List<SourceLine> lines = new ArrayList<>();
        private int position;

        Run(String file, String text) {
            this.file = file;
            String normal = text.startsWith("\uFEFF") ? text.substring(1) : text;
            String[] split = normal.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            int commentFrom = 0; // the line an open comment began on, 0 when none is open
            for (int i = 0; i < split.length; i++) {
                String line = split[i];
                String stripped = line.strip();
                // Markdown (HTML) comments, on lines of their own, are not content: skipped, numbering kept.
                if (commentFrom > 0 || stripped.startsWith("<!--")) {
                    if (commentFrom == 0) {
                        commentFrom = i + 1;
                    }
                    if (stripped.endsWith("-->")) {
                        commentFrom = 0;
                    }
                    continue;
                }
                if (stripped.startsWith("|") && PIPE_SEPARATOR.matcher(stripped).matches()) {
                    continue;
                }
                if (stripped.length() > 1 && stripped.startsWith("|") && stripped.endsWith("|")) {
                    // A Markdown table row reads as the tab-separated rows of other exports.
                    line = String.join(
                            "\t",
                            java.util.Arrays.stream(stripped.substring(1, stripped.length() - 1)
                                            .split("\\|", -1))
                                    .map(String::strip)
                                    .toList());
                }
                lines.add(SourceLine.of(i + 1, line));
            }
            if (commentFrom > 0) {
                // Otherwise everything after it would silently be left out.
                throw new ImportException(file, commentFrom, "a comment ('<!--') is never closed ('-->')");
            }
        }

        private ImportException fault(SourceLine line, String reason) {
            return new ImportException(file, line == null ? null : line.number(), reason);
        }

        MeetingDocument document() {
            skipBlank();
            if (position >= lines.size()) {
                throw fault(null, "is empty (no text)");
            }
            SourceLine titleLine = lines.get(position++);
            Matcher title = TITLE.matcher(titleLine.plain());
            if (!title.matches() || title.group(2).isBlank()) {
                throw fault(
                        titleLine,
                        "expected a title like 'REFERAT Chefforum d. 06-06-2024' or 'DAGSORDEN …', found '"
                                + quote(titleLine.plain()) + "'");
            }
            MeetingDocument.Kind kind =
                    MeetingDocument.Kind.valueOf(title.group(1).toUpperCase(Locale.ROOT));
            String committee = title.group(2).strip();
            LocalDate titleDate = title.group(3) == null ? null : date(titleLine, title.group(3), false);

            Header header = readHeader();
            LocalDate date = header.date != null ? header.date : titleDate;
            if (date == null) {
                throw fault(titleLine, "no meeting date: neither the title nor a 'Mødedato' line gives one");
            }
            if (header.date != null && titleDate != null && !header.date.equals(titleDate)) {
                throw fault(
                        header.dateLine,
                        "Mødedato " + header.date + " differs from the date in the title (" + titleDate + ")");
            }
            List<RawItem> rawItems = readItems();
            if (rawItems.isEmpty()) {
                throw fault(
                        lines.get(lines.size() - 1),
                        "no agenda items: expected headings like 'Punkt 1: …' after the header"
                                + " (is this an agenda or minutes document?)");
            }
            if (header.tocEntries > rawItems.size()) {
                throw fault(
                        lines.get(lines.size() - 1),
                        "the table of contents lists " + header.tocEntries + " items but only " + rawItems.size()
                                + " 'Punkt N:' headings were found; the file looks truncated");
            }
            RawItem last = rawItems.get(rawItems.size() - 1);
            if (kind == MeetingDocument.Kind.REFERAT
                    && last.sections.stream().noneMatch(s -> s.name.equals(SectionNames.BESLUTNING))) {
                throw fault(
                        lines.get(lines.size() - 1),
                        "the last item (Punkt " + last.number + ") of the minutes has no Beslutning section;"
                                + " the file looks truncated");
            }
            List<TimetableReader.Row> timetable = TimetableReader.read(lines);
            List<TimetableReader.Row> itemRows = timetable.stream()
                    .filter(row -> "ITEM".equals(row.entry().kind()))
                    .toList();
            boolean timetableFits = itemRows.size() == rawItems.size();
            List<MeetingDocument.Item> items = new ArrayList<>();
            for (int i = 0; i < rawItems.size(); i++) {
                items.add(rawItems.get(i).toItem(timetableFits ? itemRows.get(i) : null));
            }
            return new MeetingDocument(
                    null,
                    committee,
                    kind,
                    null,
                    date,
                    header.startTime,
                    header.location,
                    header.participants,
                    header.absent,
                    timetableFits
                            ? timetable.stream().map(TimetableReader.Row::entry).toList()
                            : List.of(),
                    items);
        }

        private void skipBlank() {
            while (position < lines.size() && lines.get(position).isBlank()) {
                position++;
            }
        }

        /** At an item heading; a table-of-contents line ("Punkt 1: Title ..... 3") is not one. */
        private boolean atItem() {
            return position < lines.size()
                    && ITEM.matcher(lines.get(position).plain()).matches()
                    && !TOC_ENTRY.matcher(lines.get(position).plain()).matches();
        }

        /** The header block up to the first item: labelled fields; the table of contents is counted, not kept. */
        private Header readHeader() {
            Header header = new Header();
            while (position < lines.size() && !atItem()) {
                SourceLine line = lines.get(position++);
                Matcher label = LABEL.matcher(line.plain());
                if (!label.matches()) {
                    // Labels first: "Mødested<TAB>915" from a table looks like a contents line with a page number.
                    if (TOC_ENTRY.matcher(line.plain()).matches()) {
                        header.tocEntries++;
                    }
                    continue;
                }
                String name = label.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
                String value = label.group(2).strip();
                switch (name) {
                    case "mødedato", "dato" -> {
                        header.dateLine = line;
                        header.date = date(line, value, true);
                        Matcher time = TIME.matcher(value);
                        if (time.find()) {
                            header.startTime = time(line, time.group(1), time.group(2) == null ? "00" : time.group(2));
                        }
                    }
                    case "mødested", "sted" -> header.location = value.isEmpty() ? null : value;
                    case "mødedeltagere", "deltagere", "tilstede" -> header.participants = people(continued(value));
                    default -> header.absent = people(continued(value));
                }
            }
            return header;
        }

        /** A field's value with its continuation lines (up to a blank line, a label or a heading). */
        private String continued(String value) {
            StringBuilder text = new StringBuilder(value);
            while (position < lines.size()) {
                SourceLine next = lines.get(position);
                if (next.isBlank()
                        || next.looksLikeHeading()
                        || LABEL.matcher(next.plain()).matches()
                        || ITEM.matcher(next.plain()).matches()) {
                    break;
                }
                // One person per line (a PDF's or a table's layout) reads as a comma-separated list.
                boolean personEnded =
                        text.toString().strip().endsWith(")") && !next.plain().startsWith(",");
                text.append(personEnded ? ", " : " ").append(next.plain());
                position++;
            }
            return text.toString();
        }

        private List<MeetingDocument.Person> people(String list) {
            List<MeetingDocument.Person> people = new ArrayList<>();
            int depth = 0;
            StringBuilder current = new StringBuilder();
            for (char c : (list + ",").toCharArray()) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth = Math.max(0, depth - 1);
                }
                if ((c == ',' || c == ';') && depth == 0) {
                    String entry = LIST_MARK
                            .matcher(current.toString().strip())
                            .replaceFirst("")
                            .strip();
                    if (!entry.isEmpty() && !NONE.matcher(entry).matches()) {
                        Matcher person = PERSON.matcher(entry);
                        people.add(
                                person.matches()
                                        ? new MeetingDocument.Person(
                                                person.group(1).strip(),
                                                person.group(2).isBlank()
                                                        ? null
                                                        : person.group(2).strip())
                                        : new MeetingDocument.Person(entry, null));
                    }
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            return people;
        }

        private LocalDate date(SourceLine line, String text, boolean required) {
            try {
                Matcher words = WORD_DATE.matcher(text);
                if (words.find()) {
                    return LocalDate.of(
                            Integer.parseInt(words.group(3)),
                            MONTHS.get(words.group(2).toLowerCase(Locale.ROOT).substring(0, 3)),
                            Integer.parseInt(words.group(1)));
                }
                Matcher numeric = NUMERIC_DATE.matcher(text);
                if (numeric.find()) {
                    return LocalDate.of(
                            Integer.parseInt(numeric.group(3)),
                            Integer.parseInt(numeric.group(2)),
                            Integer.parseInt(numeric.group(1)));
                }
            } catch (DateTimeException e) {
                throw fault(line, "'" + quote(text) + "' is not a valid date: " + e.getMessage());
            }
            if (required) {
                throw fault(line, "expected a date like '06. juni 2024' or '06-06-2024', found '" + quote(text) + "'");
            }
            return null;
        }

        private LocalTime time(SourceLine line, String hours, String minutes) {
            try {
                return LocalTime.of(Integer.parseInt(hours), Integer.parseInt(minutes));
            } catch (DateTimeException e) {
                throw fault(line, "'" + hours + ":" + minutes + "' is not a valid time of day");
            }
        }

        private List<RawItem> readItems() {
            List<RawItem> items = new ArrayList<>();
            RawItem current = null;
            RawSection section = null;
            while (position < lines.size()) {
                SourceLine line = lines.get(position++);
                Matcher item = ITEM.matcher(line.plain());
                if (item.matches()) {
                    int number = Integer.parseInt(item.group(1));
                    String title = item.group(2).strip();
                    if (title.isEmpty()) {
                        throw fault(line, "item heading 'Punkt " + number + "' has no title");
                    }
                    if (current != null && number <= current.number) {
                        throw fault(
                                line,
                                "item number " + number + " follows item " + current.number
                                        + "; items must be numbered in increasing order");
                    }
                    current = new RawItem(number, title, line);
                    items.add(current);
                    section = null;
                    continue;
                }
                if (current == null || line.isBlank() && section == null) {
                    continue;
                }
                if (section == null && CASE_LINE.matcher(line.plain()).matches()) {
                    // A case number set in bold (as Punkt's own PDF does) is the item's case, not a heading.
                    current.preamble(line);
                    continue;
                }
                String sectionName = sectionName(line);
                if (sectionName != null) {
                    if (SectionNames.isTemplateSection(sectionName)
                            && current.sections.stream().anyMatch(s -> s.name.equals(sectionName))) {
                        throw fault(line, "item " + current.number + " has a second '" + sectionName + "' section");
                    }
                    section = new RawSection(sectionName, line);
                    current.sections.add(section);
                    continue;
                }
                if (section != null) {
                    section.lines.add(line);
                    continue;
                }
                current.preamble(line);
            }
            return items;
        }

        /** The section a line opens, or null: a Markdown or bold heading, or a template name alone on its line. */
        private String sectionName(SourceLine line) {
            String text = line.headingText();
            for (String known : SectionNames.TEMPLATE) {
                if (known.equalsIgnoreCase(text)) {
                    return known;
                }
            }
            if ("Resume".equalsIgnoreCase(text)) {
                return SectionNames.RESUME;
            }
            if (line.looksLikeHeading() && text.length() <= MAX_SECTION_NAME && !text.isEmpty()) {
                return text;
            }
            return null;
        }

        private final class RawItem {
            final int number;
            final String title;
            final SourceLine heading;
            String caseNumber;
            String type;
            String responsible;
            final List<RawSection> sections = new ArrayList<>();

            RawItem(int number, String title, SourceLine heading) {
                this.number = number;
                this.title = title;
                this.heading = heading;
            }

            /** A line between the item heading and its first section: the case number and a few labelled facts. */
            void preamble(SourceLine line) {
                String text = line.plain();
                Matcher caseLine = CASE_LINE.matcher(text);
                Matcher caseLabel = CASE_LABEL.matcher(text);
                String candidate =
                        caseLine.matches() ? caseLine.group(1) : caseLabel.matches() ? caseLabel.group(1) : null;
                if (candidate != null) {
                    String number = candidate.replaceAll("\\s+", "");
                    try {
                        String parsed = CaseNumber.parse(number).toString();
                        if (caseNumber != null && !caseNumber.equals(parsed)) {
                            throw fault(
                                    line,
                                    "item " + this.number + " has two case numbers: " + caseNumber + " and " + parsed);
                        }
                        caseNumber = parsed;
                        return;
                    } catch (InvalidCaseNumberException e) {
                        throw fault(
                                line,
                                "item " + this.number + ": case number '" + quote(number) + "': " + e.getMessage());
                    }
                }
                Matcher typeLabel = TYPE_LABEL.matcher(text);
                if (typeLabel.matches()) {
                    type = typeLabel.group(1).strip();
                    return;
                }
                Matcher responsibleLabel = RESPONSIBLE_LABEL.matcher(text);
                if (responsibleLabel.matches()) {
                    responsible = responsibleLabel.group(1).strip();
                    return;
                }
                throw fault(
                        line,
                        "unexpected text before the first section heading of item " + number + " ('" + quote(text)
                                + "'); expected the case number or a heading such as 'Anledning'");
            }

            MeetingDocument.Item toItem(TimetableReader.Row row) {
                List<MeetingDocument.Section> out = new ArrayList<>();
                MeetingDocument.Recommendation recommendation = null;
                String decision = null;
                List<MeetingDocument.Attachment> attachments = new ArrayList<>();
                for (RawSection section : sections) {
                    String text;
                    switch (section.name) {
                        case SectionNames.INDSTILLING -> {
                            recommendation = recommendation(section);
                            text = recommendation == null
                                    ? HtmlBlocks.toHtml(section.lines)
                                    : recommendationHtml(recommendation);
                        }
                        case SectionNames.BESLUTNING -> {
                            text = HtmlBlocks.toHtml(section.lines);
                            decision = text.isBlank() ? null : text;
                        }
                        case SectionNames.BILAG -> {
                            text = HtmlBlocks.toHtml(section.lines);
                            attachments.addAll(attachments(section));
                        }
                        default -> text = HtmlBlocks.toHtml(section.lines);
                    }
                    out.add(new MeetingDocument.Section(section.name, text));
                }
                String itemType = type;
                String itemResponsible = responsible;
                Integer minutes = null;
                if (row != null) {
                    itemType = itemType != null ? itemType : row.type();
                    itemResponsible = itemResponsible != null ? itemResponsible : row.responsible();
                    minutes = row.minutes();
                }
                return new MeetingDocument.Item(
                        null,
                        number,
                        title,
                        caseNumber,
                        knownType(itemType),
                        itemResponsible,
                        minutes,
                        false,
                        null,
                        out,
                        recommendation,
                        decision,
                        OutcomeReader.read(decision),
                        attachments,
                        false,
                        0);
            }

            /** "X indstiller," and the numbered "at …" clauses (also "1. at …" on the same line). */
            private MeetingDocument.Recommendation recommendation(RawSection section) {
                String by = null;
                List<String> clauses = new ArrayList<>();
                for (SourceLine line : section.lines) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String text = line.plain();
                    Matcher recommender = RECOMMENDER.matcher(text);
                    if (by == null && clauses.isEmpty() && recommender.matches()) {
                        by = recommender.group(1).strip();
                        text = recommender.group(2).strip();
                        Matcher addressee = ADDRESSEE.matcher(text);
                        if (addressee.matches()) {
                            text = addressee.group(1) == null
                                    ? ""
                                    : addressee.group(1).strip();
                        }
                        if (text.isEmpty()) {
                            continue;
                        }
                    }
                    Matcher clause = CLAUSE.matcher(text);
                    if (clause.matches()) {
                        clauses.add(clause.group(1).strip());
                    } else if (text.toLowerCase(Locale.ROOT).startsWith("at ") || clauses.isEmpty()) {
                        clauses.add(text);
                    } else {
                        // A clause running over two lines.
                        int lastIndex = clauses.size() - 1;
                        clauses.set(lastIndex, clauses.get(lastIndex) + " " + text);
                    }
                }
                if (by == null && clauses.isEmpty()) {
                    return null;
                }
                return new MeetingDocument.Recommendation(by, clauses);
            }

            private List<MeetingDocument.Attachment> attachments(RawSection section) {
                List<MeetingDocument.Attachment> found = new ArrayList<>();
                for (SourceLine line : section.lines) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String name = line.plain();
                    Matcher numbered = HtmlBlocks.NUMBERED.matcher(name);
                    Matcher bullet = HtmlBlocks.BULLET.matcher(name);
                    if (numbered.matches()) {
                        name = numbered.group(2);
                    } else if (bullet.matches()) {
                        name = bullet.group(1);
                    } else {
                        name = LIST_MARK.matcher(name.strip()).replaceFirst("");
                    }
                    Matcher labelled = APPENDIX_LABEL.matcher(name.strip());
                    if (labelled.matches()) {
                        name = labelled.group(1);
                    }
                    name = name.replace("\\", "").strip();
                    if (!name.isEmpty() && !NONE.matcher(name).matches()) {
                        found.add(new MeetingDocument.Attachment(name, false, null));
                    }
                }
                return found;
            }
        }

        private final class RawSection {
            final String name;
            final SourceLine heading;
            final List<SourceLine> lines = new ArrayList<>();

            RawSection(String name, SourceLine heading) {
                this.name = name;
                this.heading = heading;
            }
        }

        private static final class Header {
            LocalDate date;
            SourceLine dateLine;
            LocalTime startTime;
            String location;
            List<MeetingDocument.Person> participants = List.of();
            List<MeetingDocument.Person> absent = List.of();
            int tocEntries;
        }
    }

    /** The item type when the source names a known one (Orientering, Beslutning, …); otherwise none. */
    private static String knownType(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ItemType.fromLabel(text).label();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The same HTML as the published document renders for a recommendation, so import and export compare. */
    static String recommendationHtml(MeetingDocument.Recommendation recommendation) {
        StringBuilder html = new StringBuilder();
        if (recommendation.by() != null) {
            html.append("<p>").append(HtmlBlocks.escape(recommendation.by())).append(" indstiller,</p>");
        }
        if (!recommendation.clauses().isEmpty()) {
            html.append("<ol>");
            recommendation
                    .clauses()
                    .forEach(clause -> html.append("<li>")
                            .append(HtmlBlocks.escape(clause))
                            .append("</li>"));
            html.append("</ol>");
        }
        return dk.punkt.items.RichText.sanitize(html.toString());
    }

    private static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_QUOTE ? oneLine : oneLine.substring(0, MAX_QUOTE) + "…";
    }
}

package dk.punkt.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Turns a PDF into the text form the parser reads, so PDF, DOCX and text go through one model. PDF has no
 * paragraphs or headings, only positioned words, so the layout is read back with heuristics:
 *
 * <ul>
 *   <li>running headers and footers (text repeated in the top or bottom margin of most pages, {@code Side X af Y})
 *       are dropped;
 *   <li>a line set larger than the body text becomes a {@code #}/{@code ##} heading, a line wholly in bold a
 *       {@code **bold**} line, as {@link DocxText} does for Word's heading styles and bold paragraphs;
 *   <li>a line that reaches the right margin was wrapped, so the next line continues it; a larger vertical gap
 *       ends a paragraph (a blank line);
 *   <li>words separated by a wide gap are table cells: consecutive such lines are cut into columns by where their
 *       cells start, and written tab-separated with empty cells kept, like the text format's tables.
 * </ul>
 *
 * Line numbers in error messages count lines of this text.
 */
final class PdfText {

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^(?:Side\\s+)?\\d{1,4}(?:\\s*(?:af|/)\\s*\\d{1,4})?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_START = Pattern.compile("^(?:\\d{1,3}[.)]|[-*•–])\\s");
    /** Top and bottom share of a page where running headers and footers live. */
    private static final float MARGIN_ZONE = 0.09f;

    private PdfText() {}

    static boolean isPdf(String fileName, byte[] content) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".pdf")
                || content.length > 5
                        && content[0] == '%'
                        && content[1] == 'P'
                        && content[2] == 'D'
                        && content[3] == 'F'
                        && content[4] == '-';
    }

    static String toText(String fileName, byte[] content) {
        List<Line> lines;
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportException(fileName, null, "is an encrypted PDF whose text may not be extracted");
            }
            WordCollector collector = new WordCollector();
            collector.getText(document);
            lines = withBullets(collector.lines, BulletFinder.find(document));
        } catch (IOException e) {
            throw new ImportException(fileName, null, "is not a readable PDF: " + e.getMessage(), e);
        }
        List<Line> body = withoutRunningLines(lines);
        if (body.stream().allMatch(line -> line.text().isBlank())) {
            throw new ImportException(
                    fileName,
                    null,
                    "is a PDF without text (a scanned image?); only PDFs with text can be imported, scans need OCR"
                            + " first");
        }
        return new Layout(body).text();
    }

    /**
     * Marks list items whose bullet is drawn as a shape (as openhtmltopdf and many renderers do) rather than set as
     * a character: a small filled shape just left of a line's first word, at the line's height, makes it "- …".
     */
    private static List<Line> withBullets(List<Line> lines, List<Bullet> bullets) {
        List<Line> marked = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Word first = line.words().get(0);
            boolean bulleted = bullets.stream()
                    .anyMatch(bullet -> bullet.page() == line.page()
                            && bullet.x() < first.x()
                            && first.x() - bullet.x() < first.size() * 2.5f
                            && Math.abs(bullet.y() - (line.y() - first.size() * 0.35f)) < first.size() * 0.6f);
            if (bulleted && !LIST_START.matcher(line.text()).find()) {
                List<Word> words = new ArrayList<>(line.words());
                words.add(
                        0,
                        new Word("-", first.x() - first.size(), first.x() - first.size() * 0.6f, first.size(), false));
                marked.add(new Line(line.page(), line.y(), line.pageHeight(), words));
            } else {
                marked.add(line);
            }
        }
        return marked;
    }

    /** A small filled shape: where a list bullet was drawn, in text coordinates (y from the top of the page). */
    private record Bullet(int page, float x, float y) {}

    /** Finds the small filled shapes (list bullets) on each page. */
    private static final class BulletFinder extends org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine {

        private final List<Bullet> bullets = new ArrayList<>();
        private final int pageIndex;
        private final float pageHeight;
        private float minX = Float.MAX_VALUE;
        private float minY = Float.MAX_VALUE;
        private float maxX = -Float.MAX_VALUE;
        private float maxY = -Float.MAX_VALUE;
        private java.awt.geom.Point2D current = new java.awt.geom.Point2D.Float();

        private BulletFinder(PDPage page, int pageIndex) {
            super(page);
            this.pageIndex = pageIndex;
            this.pageHeight = page.getCropBox().getHeight();
        }

        static List<Bullet> find(PDDocument document) throws IOException {
            List<Bullet> all = new ArrayList<>();
            int index = 0;
            for (PDPage page : document.getPages()) {
                BulletFinder finder = new BulletFinder(page, index++);
                finder.processPage(page);
                all.addAll(finder.bullets);
            }
            return all;
        }

        private void include(float x, float y) {
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
            current = new java.awt.geom.Point2D.Float(x, y);
        }

        private void reset() {
            minX = Float.MAX_VALUE;
            minY = Float.MAX_VALUE;
            maxX = -Float.MAX_VALUE;
            maxY = -Float.MAX_VALUE;
        }

        @Override
        public void fillPath(int windingRule) {
            float width = maxX - minX;
            float height = maxY - minY;
            if (width > 0.5f && height > 0.5f && width < 6f && height < 6f && Math.abs(width - height) < 1.5f) {
                bullets.add(new Bullet(pageIndex, minX, pageHeight - (minY + maxY) / 2));
            }
            reset();
        }

        @Override
        public void appendRectangle(
                java.awt.geom.Point2D p0,
                java.awt.geom.Point2D p1,
                java.awt.geom.Point2D p2,
                java.awt.geom.Point2D p3) {
            include((float) p0.getX(), (float) p0.getY());
            include((float) p1.getX(), (float) p1.getY());
            include((float) p2.getX(), (float) p2.getY());
            include((float) p3.getX(), (float) p3.getY());
        }

        @Override
        public void moveTo(float x, float y) {
            include(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            include(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            include(x1, y1);
            include(x2, y2);
            include(x3, y3);
        }

        @Override
        public java.awt.geom.Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {}

        @Override
        public void endPath() {
            reset();
        }

        @Override
        public void strokePath() {
            reset();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fillPath(windingRule);
        }

        @Override
        public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}
    }

    /** Drops page numbers and lines repeated in the top or bottom margin of at least half the pages. */
    private static List<Line> withoutRunningLines(List<Line> lines) {
        int pages = lines.stream().mapToInt(Line::page).max().orElse(0) + 1;
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (Line line : lines) {
            if (line.inMarginZone()) {
                pagesOf.computeIfAbsent(line.shape(), k -> new HashSet<>()).add(line.page());
            }
        }
        List<Line> kept = new ArrayList<>();
        for (Line line : lines) {
            boolean running = line.inMarginZone()
                    && (PAGE_NUMBER.matcher(line.text().strip()).matches()
                            || pages >= 2 && pagesOf.get(line.shape()).size() * 2 >= pages);
            if (!running) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** A word as PDFBox found it, with where it stands and how it is set. */
    private record Word(String text, float x, float end, float size, boolean bold) {}

    private record Line(int page, float y, float pageHeight, List<Word> words) {

        String text() {
            StringBuilder text = new StringBuilder();
            Word previous = null;
            for (Word word : words) {
                // PDFBox may split a word where its glyphs are kerned apart ("nye/manglende"): no gap, no space.
                if (previous != null && word.x() - previous.end() > previous.size() * 0.12f) {
                    text.append(' ');
                }
                text.append(word.text());
                previous = word;
            }
            return text.toString();
        }

        /** The text with digits masked, so "Side 3 af 9" and "Side 4 af 9" have one shape. */
        String shape() {
            return text().replaceAll("\\d+", "#").strip();
        }

        boolean inMarginZone() {
            return y < pageHeight * MARGIN_ZONE || y > pageHeight * (1 - MARGIN_ZONE);
        }

        float x() {
            return words.get(0).x();
        }

        float end() {
            return words.get(words.size() - 1).end();
        }

        float size() {
            return (float) words.stream().mapToDouble(Word::size).max().orElse(0);
        }

        boolean bold() {
            return words.stream().allMatch(Word::bold);
        }

        /** Word groups separated by gaps wider than a few spaces: table cells (or a single group). */
        List<List<Word>> cells() {
            List<List<Word>> cells = new ArrayList<>();
            List<Word> cell = new ArrayList<>();
            Word previous = null;
            for (Word word : words) {
                if (previous != null && word.x() - previous.end() > Math.max(previous.size(), word.size()) * 0.8f) {
                    cells.add(cell);
                    cell = new ArrayList<>();
                }
                cell.add(word);
                previous = word;
            }
            cells.add(cell);
            return cells;
        }
    }

    /** Collects words with positions and fonts instead of writing text. */
    private static final class WordCollector extends PDFTextStripper {

        final List<Line> lines = new ArrayList<>();
        private List<Word> current = new ArrayList<>();
        private float currentY;
        private int page = -1;
        private float pageHeight;

        WordCollector() {
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage pdPage) throws IOException {
            endLine();
            page++;
            pageHeight = pdPage.getCropBox().getHeight();
            super.startPage(pdPage);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            // PDFBox may hand over several words at once; split them so each word keeps its own weight.
            List<TextPosition> word = new ArrayList<>();
            for (TextPosition position : positions) {
                if (position.getUnicode().isBlank()) {
                    addWord(word);
                    word = new ArrayList<>();
                } else {
                    word.add(position);
                }
            }
            addWord(word);
        }

        private void addWord(List<TextPosition> positions) {
            if (positions.isEmpty()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            StringBuilder text = new StringBuilder();
            int boldLetters = 0;
            float size = 0;
            for (TextPosition position : positions) {
                text.append(position.getUnicode());
                if (isBold(position.getFont())) {
                    boldLetters++;
                }
                size = Math.max(size, position.getFontSizeInPt());
            }
            if (current.isEmpty()) {
                currentY = first.getYDirAdj();
            }
            current.add(new Word(
                    text.toString(),
                    first.getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(),
                    size,
                    boldLetters * 2 > positions.size()));
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void endPage(PDPage pdPage) throws IOException {
            endLine();
            super.endPage(pdPage);
        }

        private void endLine() {
            if (!current.isEmpty()) {
                current.sort(Comparator.comparingDouble(Word::x));
                lines.add(new Line(page, currentY, pageHeight, current));
                current = new ArrayList<>();
            }
        }

        private static boolean isBold(PDFont font) {
            if (font == null) {
                return false;
            }
            String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            if (name.contains("bold") || name.contains("black") || name.contains("heavy")) {
                return true;
            }
            PDFontDescriptor descriptor = font.getFontDescriptor();
            return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 700);
        }
    }

    /** Rebuilds lines, paragraphs, headings and tables from the positioned lines. */
    private static final class Layout {

        private final List<Line> lines;
        private final float bodySize;
        private final float rightMargin;
        private final float lineSpacing;

        Layout(List<Line> lines) {
            this.lines = lines;
            this.bodySize = mostCommonSize(lines);
            this.rightMargin =
                    (float) lines.stream().mapToDouble(Line::end).max().orElse(0);
            this.lineSpacing = typicalSpacing(lines, bodySize);
        }

        String text() {
            StringBuilder text = new StringBuilder();
            int i = 0;
            while (i < lines.size()) {
                Line line = lines.get(i);
                if (line.cells().size() >= 2) {
                    int end = i + 1;
                    while (end < lines.size() && inTable(lines.get(end - 1), lines.get(end))) {
                        end++;
                    }
                    appendBlock(text, table(lines.subList(i, end)));
                    i = end;
                    continue;
                }
                String heading = heading(line);
                if (heading != null) {
                    StringBuilder joined = new StringBuilder(line.text());
                    int next = i + 1;
                    while (next < lines.size()
                            && heading.equals(heading(lines.get(next)))
                            && !paragraphBreak(lines.get(next - 1), lines.get(next))
                            && wrapped(lines.get(next - 1), lines.get(next))) {
                        String continuation = lines.get(next).text();
                        if (!breaksWithoutSpace(joined, continuation)) {
                            joined.append(' ');
                        }
                        joined.append(continuation);
                        next++;
                    }
                    appendBlock(text, heading.equals("**") ? "**" + joined + "**" : heading + " " + joined);
                    i = next;
                    continue;
                }
                StringBuilder paragraph = new StringBuilder();
                int next = i;
                do {
                    Line current = lines.get(next);
                    if (!paragraph.isEmpty()) {
                        Line previous = lines.get(next - 1);
                        String marker = listMarker(current.text());
                        boolean newListItem = marker != null
                                && (!wrapped(previous, current) || marker.equals(listMarker(lineStartOf(paragraph))));
                        if (!wrapped(previous, current) || newListItem) {
                            paragraph.append('\n');
                        } else if (!breaksWithoutSpace(paragraph, current.text())) {
                            paragraph.append(' ');
                        }
                    }
                    paragraph.append(current.text());
                    next++;
                } while (next < lines.size()
                        && !paragraphBreak(lines.get(next - 1), lines.get(next))
                        && heading(lines.get(next)) == null
                        && lines.get(next).cells().size() < 2);
                appendBlock(text, paragraph.toString());
                i = next;
            }
            return text.toString();
        }

        /**
         * A line broken at a hyphen or a slash ("LULS-" / "værktøjet", "nye" / "/manglende") had no space there:
         * renderers break after "-" and around "/" inside a word.
         */
        private static boolean breaksWithoutSpace(CharSequence before, String after) {
            char last = before.charAt(before.length() - 1);
            if (last == '-') {
                // "LULS-" + "værktøjet" is one word, and so is the suspended compound "delanalyser, -" + "resultater";
                // "9.55 -" + "10.10" and "kommune -" + "én" are a dash between words.
                boolean loneDash = before.length() < 2 || Character.isWhitespace(before.charAt(before.length() - 2));
                return !loneDash || before.toString().stripTrailing().matches("(?s).*,\\s*-$");
            }
            if (last == ':' && before.length() >= 2 && Character.isDigit(before.charAt(before.length() - 2))) {
                return !after.isEmpty() && Character.isDigit(after.charAt(0)); // a time broken as "11:" + "15"
            }
            return last == '/' || after.startsWith("/");
        }

        /** "1." for a numbered list item, "-" for a bullet, null for other text. */
        private static String listMarker(String line) {
            if (!LIST_START.matcher(line).find()) {
                return null;
            }
            return Character.isDigit(line.charAt(0)) ? "1." : "-";
        }

        private static String lineStartOf(StringBuilder paragraph) {
            return paragraph.substring(paragraph.lastIndexOf("\n") + 1);
        }

        private static void appendBlock(StringBuilder text, String block) {
            text.append(block).append("\n\n");
        }

        /** {@code #} or {@code ##} for text set larger than the body, {@code **} for a line wholly bold, else null. */
        private String heading(Line line) {
            if (line.size() >= bodySize * 1.5f) {
                return "#";
            }
            if (line.size() >= bodySize * 1.15f) {
                return "##";
            }
            return line.bold() ? "**" : null;
        }

        /** The line ran out of room: the next line's first word would not have fitted after its last one. */
        private boolean wrapped(Line line, Line next) {
            Word first = next.words().get(0);
            float space = line.size() * 0.3f;
            return line.end() + space + (first.end() - first.x()) > rightMargin - line.size() * 0.5f;
        }

        private boolean paragraphBreak(Line previous, Line current) {
            return current.page() != previous.page()
                    ? !wrapped(previous, current)
                    : current.y() - previous.y() > lineSpacing * Math.max(1f, current.size() / bodySize) * 1.45f;
        }

        /**
         * Whether {@code next} goes on the table {@code previous} is in: another row with cells, or a line close
         * below (a cell's text wrapped onto a second line), also on the next page.
         */
        private boolean inTable(Line previous, Line next) {
            if (next.cells().size() >= 2) {
                return next.page() != previous.page() || next.y() - previous.y() <= lineSpacing * 2.5f;
            }
            return sameRow(previous, next);
        }

        /** A line close below the previous one, at the spacing of its own text: a wrapped cell, not a new row. */
        private static boolean sameRow(Line previous, Line next) {
            return next.page() == previous.page() && next.y() - previous.y() <= next.size() * 1.45f;
        }

        /** Cells cut into columns where any row's cell starts; rows written tab-separated, empty cells kept. */
        private String table(List<Line> rows) {
            List<Float> starts = new ArrayList<>();
            for (Line row : rows) {
                for (List<Word> cell : row.cells()) {
                    starts.add(cell.get(0).x());
                }
            }
            starts.sort(Float::compare);
            List<Float> columns = new ArrayList<>();
            for (float start : starts) {
                if (columns.isEmpty() || start - columns.get(columns.size() - 1) > bodySize * 1.5f) {
                    columns.add(start);
                }
            }
            List<List<Line>> grouped = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                if (r == 0 || !sameRow(rows.get(r - 1), rows.get(r))) {
                    grouped.add(new ArrayList<>());
                }
                grouped.get(grouped.size() - 1).add(rows.get(r));
            }
            StringBuilder table = new StringBuilder();
            for (List<Line> row : grouped) {
                String[] cells = new String[columns.size()];
                for (List<Word> cell :
                        row.stream().flatMap(line -> line.cells().stream()).toList()) {
                    int column = 0;
                    for (int c = 0; c < columns.size(); c++) {
                        if (columns.get(c) <= cell.get(0).x() + bodySize * 0.75f) {
                            column = c;
                        }
                    }
                    String words =
                            String.join(" ", cell.stream().map(Word::text).toList());
                    cells[column] = cells[column] == null
                            ? words
                            : cells[column] + (breaksWithoutSpace(cells[column], words) ? "" : " ") + words;
                }
                if (!table.isEmpty()) {
                    table.append('\n');
                }
                for (int c = 0; c < cells.length; c++) {
                    if (c > 0) {
                        table.append('\t');
                    }
                    table.append(cells[c] == null ? "" : cells[c]);
                }
            }
            return table.toString();
        }

        private static float mostCommonSize(List<Line> lines) {
            Map<Integer, Integer> letters = new HashMap<>();
            for (Line line : lines) {
                for (Word word : line.words()) {
                    letters.merge(Math.round(word.size() * 2), word.text().length(), Integer::sum);
                }
            }
            return letters.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(entry -> entry.getKey() / 2f)
                    .orElse(10f);
        }

        /**
         * The most common distance between consecutive lines of one page that is no more than a line height: the
         * body text's line spacing (in a document of one-line paragraphs the most common gap is between paragraphs).
         */
        private static float typicalSpacing(List<Line> lines, float bodySize) {
            Map<Integer, Integer> gaps = new HashMap<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).page() == lines.get(i - 1).page()) {
                    float gap = lines.get(i).y() - lines.get(i - 1).y();
                    if (gap > 0 && gap <= bodySize * 1.4f) {
                        gaps.merge(Math.round(gap * 2), 1, Integer::sum);
                    }
                }
            }
            return gaps.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(entry -> entry.getKey() / 2f)
                    .orElse(bodySize * 1.2f);
        }
    }
}

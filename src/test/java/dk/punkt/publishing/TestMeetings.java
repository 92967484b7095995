package dk.punkt.publishing;

import dk.punkt.committees.CommitteeKind;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.MemberRole;
import dk.punkt.committees.NewCommittee;
import dk.punkt.committees.NewMember;
import dk.punkt.items.AppendixService;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.NewMeeting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds committees and meetings with items and real appendix files through the public services, for tests. */
public final class TestMeetings {

    private final CommitteeService committees;
    private final MeetingService meetings;
    private final ItemService items;
    private final AppendixService appendices;

    public TestMeetings(
            CommitteeService committees, MeetingService meetings, ItemService items, AppendixService appendices) {
        this.committees = committees;
        this.meetings = meetings;
        this.items = items;
        this.appendices = appendices;
    }

    /** A committee with a unique name; {@code memberUserId} (may be null) sits in it. */
    public CommitteeView committee(String name, Long memberUserId) {
        CommitteeView committee = committees.create(new NewCommittee(
                name + " " + UUID.randomUUID().toString().substring(0, 8),
                CommitteeKind.POLITICAL,
                "Rådhuset, mødelokale 2",
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                List.of()));
        if (memberUserId != null) {
            committees.addMember(
                    committee.id(), new NewMember("Medlem af udvalget", "Medlem", MemberRole.MEMBER, memberUserId));
        }
        return committee;
    }

    public MeetingView plan(CommitteeView committee, LocalDate date) {
        return meetings.plan(new NewMeeting(committee.id(), date, null, null, null, null, null));
    }

    /** A draft item on the meeting with a few sections and a recommendation. */
    public ItemView draft(CommitteeView committee, MeetingView meeting, String title, boolean closed, int number) {
        return items.create(new NewItem(
                committee.id(),
                meeting.id(),
                title,
                String.format("00.01.00-P35-%d-26", number),
                ItemType.BESLUTNING,
                "Sagsbehandler " + number,
                10,
                closed,
                List.of(
                        new ItemView.Section(
                                "Anledning",
                                "<p>Punkt nummer " + number + " er sat på, fordi udvalget skal beslutte.</p>"),
                        new ItemView.Section(
                                "Sagsfremstilling",
                                "<p>Sagen handler om " + title + ".</p><ul><li>Første forhold</li>"
                                        + "<li>Andet forhold</li></ul><p>Forvaltningen har vurderet sagen og finder,"
                                        + " at den kan gennemføres inden for budgettet.</p>"),
                        new ItemView.Section("Økonomi", "<p>Sagen har ingen økonomiske konsekvenser.</p>")),
                new ItemView.Recommendation(
                        "Kommunaldirektøren", List.of("at sagen godkendes", "at forvaltningen følger op"))));
    }

    public ItemView.AppendixView upload(ItemView item, String name, boolean closed, byte[] content) {
        return appendices.upload(item.id(), name, closed, new ByteArrayInputStream(content));
    }

    /** Submits, approves and places the items on the meeting's agenda in the order given, then publishes it. */
    public MeetingView publish(MeetingView meeting, List<ItemView> drafts) {
        List<MeetingView.AgendaRow> rows = new ArrayList<>();
        for (ItemView item : drafts) {
            items.submit(item.id());
            items.approve(item.id());
            rows.add(MeetingView.AgendaRow.item(item.id()));
        }
        meetings.setAgenda(meeting.id(), rows);
        for (ItemView item : drafts) {
            items.placeOnAgenda(item.id(), meeting.id());
        }
        return meetings.publishAgenda(meeting.id());
    }

    /** A PDF of {@code pages} pages, each saying {@code text} and its page number. */
    public static byte[] pdf(String text, int pages) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.beginText();
                    stream.setFont(font, 14);
                    stream.newLineAtOffset(72, 700);
                    stream.showText(text + " side " + i);
                    stream.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small PNG (a grey square). */
    public static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var image = new java.awt.image.BufferedImage(200, 120, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(java.awt.Color.LIGHT_GRAY);
            g.fillRect(0, 0, 200, 120);
            g.dispose();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

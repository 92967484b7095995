package dk.punkt.oparl;

import dk.punkt.accounts.AccountService;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.AgendaFixtures;
import dk.punkt.items.AgendaService;
import dk.punkt.items.AppendixService;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.DecisionService;
import dk.punkt.minutes.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.beans.factory.BeanFactory;

/**
 * A published meeting for the OParl tests: an open item with an open and a closed appendix, and a closed item whose
 * sections, decision and appendix carry a secret word that must never leave Punkt.
 */
record OparlFixtures(
        AgendaFixtures agenda,
        ItemService items,
        AgendaService agendas,
        AppendixService appendices,
        MeetingService meetings,
        DecisionService decisions) {

    /** The fixtures over the services of a test's application context. */
    static OparlFixtures of(BeanFactory beans) {
        ItemService items = beans.getBean(ItemService.class);
        MeetingService meetings = beans.getBean(MeetingService.class);
        return new OparlFixtures(
                new AgendaFixtures(
                        beans.getBean(CommitteeService.class), meetings, items, beans.getBean(AccountService.class)),
                items,
                beans.getBean(AgendaService.class),
                beans.getBean(AppendixService.class),
                meetings,
                beans.getBean(DecisionService.class));
    }

    record Published(
            CommitteeView committee,
            MeetingView meeting,
            ItemView open,
            ItemView closed,
            ItemView.AppendixView openAppendix,
            ItemView.AppendixView closedAppendix,
            ItemView.AppendixView closedItemAppendix,
            String secret) {}

    /** A fresh committee and a meeting on {@code date} with its agenda out; minutes approved when asked. */
    Published publishedMeeting(LocalDate date, boolean approveMinutes) {
        String secret = "Hemmelighed" + UUID.randomUUID().toString().substring(0, 8);
        CommitteeView committee = agenda.committee(
                "OParlforum", "oparl." + UUID.randomUUID().toString().substring(0, 8) + "@punkt.example");
        MeetingView meeting = agenda.meeting(committee, date);

        ItemView open = agenda.draft(committee, "Åbent OParl-testpunkt", 15, false);
        ItemView.AppendixView openAppendix = upload(open.id(), "Bilag 1 Oplæg.pdf", false);
        ItemView.AppendixView closedAppendix = upload(open.id(), "Bilag 2 " + secret + ".pdf", true);
        items.submit(open.id());
        items.approve(open.id());

        ItemView closed = items.create(new NewItem(
                committee.id(),
                null,
                "Lukket OParl-testpunkt",
                "00.01.00-P35-7-23",
                ItemType.BESLUTNING,
                "Henrik",
                10,
                true,
                List.of(new ItemView.Section("Sagsfremstilling", "<p>Fortroligt: " + secret + " i sagen.</p>")),
                new ItemView.Recommendation("Kommunaldirektøren", List.of("at " + secret + " godkendes"))));
        ItemView.AppendixView closedItemAppendix = upload(closed.id(), "Bilag 3 personale.pdf", false);
        items.submit(closed.id());
        items.approve(closed.id());

        agendas.assemble(
                meeting.id(),
                List.of(MeetingView.AgendaRow.item(open.id()), MeetingView.AgendaRow.item(closed.id())),
                null);
        agendas.publishAgenda(meeting.id());
        if (approveMinutes) {
            meetings.markHeld(meeting.id());
            decisions.record(open.id(), "<p>Indstillingen blev godkendt.</p>", Outcome.GODKENDT);
            decisions.record(closed.id(), "<p>Beslutning om " + secret + ".</p>", Outcome.GODKENDT);
            meetings.approveMinutes(meeting.id());
        }
        return new Published(
                committee,
                meetings.find(meeting.id()).orElseThrow(),
                items.find(open.id()).orElseThrow(),
                items.find(closed.id()).orElseThrow(),
                openAppendix,
                closedAppendix,
                closedItemAppendix,
                secret);
    }

    private ItemView.AppendixView upload(long itemId, String name, boolean closed) {
        return appendices.upload(itemId, name, closed, new ByteArrayInputStream(pdf()));
    }

    static byte[] pdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

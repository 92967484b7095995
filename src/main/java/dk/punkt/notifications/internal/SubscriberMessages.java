package dk.punkt.notifications.internal;

import dk.punkt.publishing.MeetingDocument;
import dk.punkt.web.Formats;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The plain-text Danish messages to subscribers. Only public content goes in: the document is the public cut, and
 * closed items are listed by number only, never by title.
 */
final class SubscriberMessages {

    record Message(String subject, String body) {}

    /** What happened to a meeting, as the subject prefix and the first line of the message. */
    enum Notice {
        AGENDA("Dagsorden", "Dagsordenen til mødet er udsendt.", "Læs dagsordenen"),
        AGENDA_CORRECTED(
                "Rettelse til dagsorden",
                "Dagsordenen til mødet er rettet. Den tidligere udgave kan stadig læses.",
                "Læs dagsordenen"),
        SUPPLEMENT("Tillægsdagsorden", "Der er udsendt en tillægsdagsorden til mødet.", "Læs dagsordenen"),
        MINUTES("Referat", "Referatet af mødet er godkendt og offentliggjort.", "Læs referatet"),
        MINUTES_CORRECTED(
                "Rettelse til referat",
                "Referatet af mødet er rettet. Den tidligere udgave kan stadig læses.",
                "Læs referatet"),
        CANCELLED("Aflyst møde", "Mødet er aflyst.", "Se udvalgets møder");

        final String subject;
        final String lead;
        final String linkText;

        Notice(String subject, String lead, String linkText) {
            this.subject = subject;
            this.lead = lead;
            this.linkText = linkText;
        }
    }

    private SubscriberMessages() {}

    /**
     * The part of a meeting notice that is the same for every subscriber.
     *
     * @param onlyItemIds the items to list (a supplement's), or null for all
     */
    static Message meetingNotice(
            Notice notice, MeetingDocument document, String reason, Collection<Long> onlyItemIds, String link) {
        String subject = notice.subject + ": " + document.committee() + " " + Formats.shortDate(document.date());
        StringBuilder body = new StringBuilder();
        body.append(notice.lead).append("\n\n");
        body.append(document.committee()).append('\n');
        body.append("Mødedato: ").append(Formats.longDate(document.date()));
        if (document.startTime() != null) {
            body.append(" kl. ").append(Formats.time(document.startTime()));
        }
        body.append('\n');
        if (document.location() != null && !document.location().isBlank()) {
            body.append("Mødested: ").append(document.location()).append('\n');
        }
        if (reason != null && !reason.isBlank()) {
            body.append("Begrundelse: ").append(reason.strip()).append('\n');
        }
        if (notice != Notice.CANCELLED) {
            StringBuilder list = new StringBuilder();
            for (MeetingDocument.Item item : document.items()) {
                if (onlyItemIds != null && !onlyItemIds.contains(item.id())) {
                    continue;
                }
                list.append("  Punkt ").append(item.number()).append(": ");
                // The public cut keeps a closed item's title; a message leaves it out all the same.
                list.append(item.closed() || item.withheld() ? "Lukket punkt" : oneLine(item.title()));
                list.append('\n');
            }
            if (!list.isEmpty()) {
                body.append('\n')
                        .append(notice == Notice.SUPPLEMENT ? "Nye punkter:" : "Punkter:")
                        .append('\n')
                        .append(list);
            }
        }
        body.append('\n').append(notice.linkText).append(": ").append(link).append('\n');
        return new Message(subject, body.toString());
    }

    /** The end of every message to a subscriber: why they get it, and the one-click unsubscribe link. */
    static String footer(String committee, boolean agendas, boolean minutes, String unsubscribeUrl) {
        return "\n-- \nDu får denne e-mail, fordi du abonnerer på " + what(agendas, minutes) + " fra " + committee
                + ".\nAfmeld abonnementet: " + unsubscribeUrl + "\n";
    }

    static Message confirmation(
            String committee, boolean agendas, boolean minutes, String confirmUrl, LocalDate validUntil) {
        String body = "Du (eller en anden) har bedt om at få " + what(agendas, minutes) + " fra " + committee
                + " tilsendt på denne e-mailadresse.\n\n"
                + "Bekræft abonnementet ved at åbne linket og trykke på knappen \"Bekræft abonnement\""
                + " senest " + Formats.longDate(validUntil).toLowerCase(java.util.Locale.ROOT) + ":\n"
                + confirmUrl + "\n\n"
                + "Har du ikke bedt om det, skal du ikke gøre noget. Uden bekræftelse får du ingen e-mails fra os,"
                + " og adressen slettes, når linket udløber.\n";
        return new Message("Bekræft dit abonnement: " + committee, body);
    }

    static String what(boolean agendas, boolean minutes) {
        if (agendas && minutes) {
            return "dagsordener og referater";
        }
        return agendas ? "dagsordener" : "referater";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}

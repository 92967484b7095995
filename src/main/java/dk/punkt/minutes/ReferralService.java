package dk.punkt.minutes;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.ItemNotFoundException;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.items.SectionNames;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.internal.ItemReferral;
import dk.punkt.minutes.internal.ItemReferralRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral (sagsgang): a decision sends the item on to another committee, e.g. from Økonomiudvalget to
 * Kommunalbestyrelsen. The receiving committee gets a new draft carrying the case number, the texts, the
 * recommendation and, as a section of its own ("Beslutning i Økonomiudvalget den 12. marts 2026"), the earlier
 * decision, as Danish minutes print it.
 */
@Service
@Transactional
public class ReferralService {

    private static final DateTimeFormatter DANISH_DATE =
            DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

    private final ItemService items;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final DecisionService decisions;
    private final ItemReferralRepository referrals;
    private final AccountService accounts;
    private final Clock clock;

    ReferralService(
            ItemService items,
            CommitteeService committees,
            MeetingService meetings,
            DecisionService decisions,
            ItemReferralRepository referrals,
            AccountService accounts,
            ObjectProvider<Clock> clock) {
        this.items = items;
        this.committees = committees;
        this.meetings = meetings;
        this.decisions = decisions;
        this.referrals = referrals;
        this.accounts = accounts;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Creates the linked draft in {@code toCommitteeId}'s backlog.
     *
     * @throws ItemNotFoundException for an unknown item
     * @throws InvalidMinutesInputException naming {@code committeeId} when the committee is unknown or the item's own
     */
    public ReferralView refer(long itemId, long toCommitteeId) {
        ItemView item = items.find(itemId).orElseThrow(() -> new ItemNotFoundException(itemId));
        CommitteeView to = committees
                .find(toCommitteeId)
                .orElseThrow(() ->
                        new InvalidMinutesInputException("committeeId", "There is no committee " + toCommitteeId));
        if (to.id() == item.committeeId()) {
            throw new InvalidMinutesInputException(
                    "committeeId", "Item " + itemId + " already belongs to committee '" + to.name() + "'");
        }
        String fromName =
                committees.find(item.committeeId()).map(CommitteeView::name).orElse("udvalget");
        Optional<MeetingView> meeting = item.meetingId() == null ? Optional.empty() : meetings.find(item.meetingId());
        Optional<DecisionView> decision = decisions.find(itemId);

        List<ItemView.Section> sections = new ArrayList<>();
        for (ItemView.Section s : item.sections()) {
            if (!SectionNames.BESLUTNING.equals(s.name())) {
                sections.add(s);
            }
        }
        if (decision.isPresent() && !decision.get().text().isBlank()) {
            String heading = "Beslutning i " + fromName
                    + meeting.map(m -> " den " + DANISH_DATE.format(m.date())).orElse("");
            sections.add(new ItemView.Section(
                    heading.length() > 100 ? heading.substring(0, 100) : heading,
                    decision.get().text()));
        }
        ItemView draft = items.createFromDocument(new NewItem(
                to.id(),
                null,
                item.title(),
                item.caseNumber(),
                item.type(),
                item.responsible(),
                item.minutes(),
                item.closed(),
                sections,
                item.recommendation()));
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ItemReferral referral = referrals.saveAndFlush(new ItemReferral(
                itemId,
                item.meetingId(),
                draft.id(),
                to.id(),
                at,
                accounts.current().map(CurrentUser::username).orElse("system")));
        return view(referral);
    }

    /** Where the item was referred to (usually once). */
    @Transactional(readOnly = true)
    public List<ReferralView> referralsFrom(long itemId) {
        return referrals.findByFromItemIdOrderByIdAsc(itemId).stream()
                .map(ReferralService::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ReferralView> referredFrom(long itemId) {
        return referrals.findByToItemId(itemId).map(ReferralService::view);
    }

    private static ReferralView view(ItemReferral r) {
        return new ReferralView(r.fromItemId(), r.fromMeetingId(), r.toItemId(), r.toCommitteeId(), r.referredAt());
    }
}

package dk.punkt.items.internal;

import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.Role;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.ContentAccess;
import dk.punkt.items.ItemListing;
import dk.punkt.items.ItemState;
import dk.punkt.items.StoredAppendix;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read an item's work page and download its appendices. Staff (ADMIN, SECRETARY, RECOMMENDER, AUTHOR) and
 * the committee's members read the work pages. A closed item's text is shown to those who see the committee's
 * closed content, to its author and to recommenders (who must judge it); closed appendices only to the former.
 */
@Component
class ItemAccess {

    /** States in which an item is on a published agenda or in minutes. */
    private static final EnumSet<ItemState> PUBLISHABLE =
            EnumSet.of(ItemState.PÅ_DAGSORDEN, ItemState.BEHANDLET, ItemState.UDSAT);

    private final WorkflowPolicy policy;
    private final ContentAccess contentAccess;
    private final CommitteeService committees;
    private final MeetingService meetings;

    ItemAccess(
            WorkflowPolicy policy, ContentAccess contentAccess, CommitteeService committees, MeetingService meetings) {
        this.policy = policy;
        this.contentAccess = contentAccess;
        this.committees = committees;
        this.meetings = meetings;
    }

    boolean readsWorkPages(CurrentUser user, long committeeId) {
        return policy.readsUnpublished(user) || committees.isMember(committeeId, user.id());
    }

    void requireWorkPage(CurrentUser user, long committeeId) {
        if (!readsWorkPages(user, committeeId)) {
            throw new AccessDeniedException(
                    "User '" + user.username() + "' may not read unpublished items of" + " committee " + committeeId);
        }
    }

    boolean seesClosed(Optional<CurrentUser> user, long committeeId) {
        return contentAccess.audienceFor(user, committeeId).seesClosedContent();
    }

    boolean seesText(CurrentUser user, ItemListing listing) {
        return !listing.item().closed()
                || seesClosed(Optional.of(user), listing.item().committeeId())
                || user.username().equals(listing.createdBy())
                || user.has(Role.RECOMMENDER);
    }

    /**
     * Closed appendices (or any of a closed item) only for who sees the committee's closed content; appendices of
     * items not yet on a published agenda only for staff and members; the rest for everyone.
     */
    boolean mayDownload(Optional<CurrentUser> user, StoredAppendix appendix) {
        if (appendix.closedContent()) {
            return seesClosed(user, appendix.committeeId());
        }
        if (published(appendix)) {
            return true;
        }
        return user.map(u -> readsWorkPages(u, appendix.committeeId())).orElse(false);
    }

    private boolean published(StoredAppendix appendix) {
        return PUBLISHABLE.contains(appendix.itemState())
                && appendix.meetingId() != null
                && meetings.find(appendix.meetingId())
                        .map(m -> m.state() != MeetingState.PLANLAGT)
                        .orElse(false);
    }
}

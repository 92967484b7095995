package dk.punkt.committees;

import dk.punkt.committees.internal.Committee;
import dk.punkt.committees.internal.CommitteeRepository;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Committees, their members and standing items. Invalid input → IllegalArgumentException naming field and value. */
@Service
@Transactional(readOnly = true)
public class CommitteeService {

    private static final int EMAIL_LENGTH = 254;
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final int NAME_LENGTH = 200;
    private static final int TITLE_LENGTH = 500;

    private final CommitteeRepository committees;

    CommitteeService(CommitteeRepository committees) {
        this.committees = committees;
    }

    /** All committees, by name. */
    public List<CommitteeView> findAll() {
        return committees.findAllByOrderByNameAsc().stream()
                .map(Committee::toView)
                .toList();
    }

    public Optional<CommitteeView> find(long id) {
        return committees.findById(id).map(Committee::toView);
    }

    /**
     * The committee's name only: unlike {@link #find} it does not load the members and standing items, and inside a
     * transaction that already holds the committee it does not query at all.
     */
    public Optional<String> nameOf(long id) {
        return committees.findById(id).map(Committee::getName);
    }

    /** By name, ignoring case and surrounding blanks. */
    public Optional<CommitteeView> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return committees.findByNameIgnoreCase(name.strip()).map(Committee::toView);
    }

    @Transactional
    public CommitteeView create(NewCommittee c) {
        if (c == null) {
            throw new IllegalArgumentException("New committee is missing");
        }
        String name = required("name", c.name(), NAME_LENGTH);
        if (committees.findByNameIgnoreCase(name).isPresent()) {
            throw new IllegalArgumentException("Committee name '" + name + "' is already taken");
        }
        if (c.kind() == null) {
            throw new IllegalArgumentException("Committee kind is missing for committee '" + name + "'");
        }
        String location = optional("defaultLocation", c.defaultLocation(), NAME_LENGTH);
        checkTimes(name, c.defaultStartTime(), c.defaultEndTime());
        List<CommitteeView.StandingItem> standingItems = c.standingItems() == null ? List.of() : c.standingItems();
        List<CommitteeView.StandingItem> checkedItems =
                standingItems.stream().map(this::checked).toList();
        Committee committee =
                new Committee(name, c.kind(), location, c.defaultStartTime(), c.defaultEndTime(), checkedItems);
        return committees.saveAndFlush(committee).toView();
    }

    @Transactional
    public CommitteeView.MemberView addMember(long committeeId, NewMember m) {
        if (m == null) {
            throw new IllegalArgumentException("New member is missing for committee " + committeeId);
        }
        Committee committee = committees
                .findForChangeById(committeeId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown committee id: " + committeeId));
        String name = required("member name", m.name(), NAME_LENGTH);
        String title = optional("member title", m.title(), NAME_LENGTH);
        if (m.role() == null) {
            throw new IllegalArgumentException("Member role is missing for member '" + name + "'");
        }
        if (m.userId() != null
                && committee.getMembers().stream().anyMatch(x -> m.userId().equals(x.getUserId()))) {
            throw new IllegalArgumentException(
                    "User id " + m.userId() + " is already a member of committee '" + committee.getName() + "'");
        }
        String email = optional("member email", m.email(), EMAIL_LENGTH);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("Member email '" + email + "' of member '" + name
                    + "' is not an e-mail address (expected name@domain)");
        }
        var member = committee.addMember(name, title, m.role(), m.userId(), email);
        committees.flush(); // assigns the member's id
        return member.toView();
    }

    /** Whether the user sits in the committee. */
    public boolean isMember(long committeeId, long userId) {
        return committees.hasMember(committeeId, userId);
    }

    /** The committees the user sits in. */
    public Set<Long> committeeIdsOf(long userId) {
        return Set.copyOf(committees.committeeIdsOf(userId));
    }

    private CommitteeView.StandingItem checked(CommitteeView.StandingItem item) {
        if (item == null) {
            throw new IllegalArgumentException("Standing item is missing (null in the list)");
        }
        String title = required("standing item title", item.title(), TITLE_LENGTH);
        if (item.placement() == null) {
            throw new IllegalArgumentException("Standing item placement is missing for '" + title + "'");
        }
        if (item.minutes() < 0) {
            throw new IllegalArgumentException(
                    "Standing item minutes must not be negative: " + item.minutes() + " for '" + title + "'");
        }
        return new CommitteeView.StandingItem(item.placement(), title, item.minutes());
    }

    private static void checkTimes(String name, LocalTime start, LocalTime end) {
        if (start != null && end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException(
                    "Committee '" + name + "': defaultEndTime " + end + " must be after defaultStartTime " + start);
        }
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Committee " + field + " must not be blank: '" + value + "'");
        }
        return optional(field, value, maxLength);
    }

    private static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException("Committee " + field + " is longer than " + maxLength + " characters: '"
                    + stripped.substring(0, 40) + "…'");
        }
        return stripped;
    }
}

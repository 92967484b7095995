package dk.punkt.committees;

import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may see a committee's closed items and appendices: its members, and the administrators and secretaries who
 * run its meetings. Everyone else gets the public version.
 */
@Component
public class ContentAccess {

    private final CommitteeService committees;

    ContentAccess(CommitteeService committees) {
        this.committees = committees;
    }

    public Audience audienceFor(Optional<CurrentUser> user, long committeeId) {
        return new Audience(user, user.map(u -> seesClosed(u, committeeId)).orElse(false));
    }

    private boolean seesClosed(CurrentUser user, long committeeId) {
        return user.has(Role.ADMIN) || user.has(Role.SECRETARY) || committees.isMember(committeeId, user.id());
    }
}

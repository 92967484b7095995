package dk.punkt.committees;

import dk.punkt.accounts.CurrentUser;
import java.util.Optional;

/** Who a document is made for; decides whether closed content is included. */
public record Audience(Optional<CurrentUser> user, boolean seesClosedContent) {

    /** The public: anonymous readers of /offentlig, feeds and open data. Never sees closed content. */
    public static final Audience PUBLIC = new Audience(Optional.empty(), false);
}

package dk.punkt.search;

import java.util.Set;

/**
 * Whose closed content a searcher may see: everything (administrators and secretaries), the committees they are a
 * member of, or nothing (the public). The same rule as {@code committees.ContentAccess}, for all committees at once.
 */
public record SearchAccess(boolean everything, Set<Long> committees) {

    public static final SearchAccess PUBLIC = new SearchAccess(false, Set.of());

    public SearchAccess {
        committees = Set.copyOf(committees);
    }

    public boolean sees(long committeeId) {
        return everything || committees.contains(committeeId);
    }

    public boolean seesAny() {
        return everything || !committees.isEmpty();
    }
}

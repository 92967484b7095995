package dk.punkt.accounts;

/** What a user may do in Punkt (DESIGN.md §1). */
public enum Role {
    /** Municipal IT: committees, users, templates, integrations. */
    ADMIN,
    /** Udvalgssekretær: plans meetings, assembles and publishes agendas and minutes. */
    SECRETARY,
    /** Indstiller: approves or returns items. */
    RECOMMENDER,
    /** Sagsbehandler: writes items. */
    AUTHOR,
    /** Member of a committee: reads closed content of their committees. */
    MEMBER,
    /** Any employee: reads published open content on the intranet. */
    EMPLOYEE;

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}

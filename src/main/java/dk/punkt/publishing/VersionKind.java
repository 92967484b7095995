package dk.punkt.publishing;

/** What a frozen document version is. */
public enum VersionKind {
    /** The agenda as published, and later each dated correction (rettelse) of it. */
    AGENDA,
    /** The items added after the agenda went out (tillægsdagsorden). */
    SUPPLEMENT,
    /** The approved minutes, and later each dated correction of them. */
    MINUTES
}

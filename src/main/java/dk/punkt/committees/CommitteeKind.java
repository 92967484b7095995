package dk.punkt.committees;

/** What sort of body a committee is; decides wording and who typically sits in it. */
public enum CommitteeKind {
    /** Politisk udvalg, e.g. Økonomiudvalget. */
    POLITICAL,
    /** Administrativt udvalg, e.g. KommuneMED. */
    ADMINISTRATIVE,
    /** Ledelsesforum, e.g. Chefforum. */
    MANAGEMENT_FORUM
}

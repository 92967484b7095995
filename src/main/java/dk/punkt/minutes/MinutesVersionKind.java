package dk.punkt.minutes;

/** Why a version of approved minutes exists: the approval itself, or a later correction. */
public enum MinutesVersionKind {
    APPROVAL,
    CORRECTION
}

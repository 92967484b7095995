package dk.punkt.publishing;

/**
 * A version of a meeting's document was just frozen, inside the publishing transaction before it commits. Carries
 * the complete document the freeze assembled (closed content included, as of that transaction): not for the
 * public, but for modules that would otherwise assemble the same document again once the transaction commits (the
 * search module, for an import's meetings). Published synchronously; a listener that keeps the document must drop
 * it if the transaction rolls back.
 */
public record DocumentFrozen(long meetingId, long committeeId, MeetingDocument document) {}

package dk.punkt.minutes;

/** {@code name} arrived late or left early during item {@code itemId}. */
public record PresenceView(long itemId, String name, PresenceKind kind) {}

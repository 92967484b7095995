package dk.punkt.notifications;

/** A request to subscribe {@code email} to a committee's agendas and/or minutes; it waits for confirmation. */
public record NewSubscription(long committeeId, String email, boolean agendas, boolean minutes) {}

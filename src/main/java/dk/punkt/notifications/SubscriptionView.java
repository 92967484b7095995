package dk.punkt.notifications;

/**
 * A citizen's subscription to a committee: what is confirmed ({@code agendas}, {@code minutes}) and what waits for
 * confirmation ({@code pendingAgendas}, {@code pendingMinutes}).
 */
public record SubscriptionView(
        long id,
        long committeeId,
        String email,
        boolean confirmed,
        boolean agendas,
        boolean minutes,
        boolean pendingAgendas,
        boolean pendingMinutes) {}

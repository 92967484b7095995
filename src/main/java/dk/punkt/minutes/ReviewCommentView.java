package dk.punkt.minutes;

import java.time.Instant;

/** A member's comment on one item of the draft minutes, in the review round it was written in. */
public record ReviewCommentView(
        long id, int round, long itemId, long userId, String author, String text, Instant createdAt) {}

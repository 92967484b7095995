package dk.punkt.publishing.internal;

/**
 * One appendix as the collected PDF lists it: {@code included} when its pages follow the document, else the reason
 * it is not ("Word-fil", "kan ikke læses") and the address to fetch it from.
 */
public record CollectedAppendix(int itemNumber, String name, String url, boolean included, String reason) {}

package dk.punkt.items;

/** An appendix known only by name from an existing document (import): no file, size 0. */
public record ImportedAppendix(String name, boolean closed, String contentType) {}

package dk.punkt.search.internal;

/** The five facets a search counts (the index holds an entry's values packed as one {@link FacetKey}). */
public enum FacetDimension {
    COMMITTEE,
    YEAR,
    TYPE,
    OUTCOME,
    CASE_GROUP
}

package dk.punkt.minutes.internal;

import dk.punkt.minutes.CaseHistory;

/** A case history line as a reader may see it: closed content withheld, decisions only where they may read them. */
public record CaseRow(CaseHistory.Entry entry, boolean withheld, boolean decisionVisible) {}

package dk.punkt.cases;

import java.time.Instant;

/** A known case: its number, the title it was first seen with, and when. */
public record CaseFile(String caseNumber, String title, Instant firstSeen) {}

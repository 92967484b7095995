/**
 * OParl 1.1 (DESIGN.md §6): a read-only, anonymous JSON API under {@code /oparl/v1} with the public content of
 * published meetings, for web sites, intranets and portals. It only uses the public APIs of committees, meetings,
 * items, minutes, cases and publishing (the public cut of {@code MeetingDocumentService}), and owns one table: the
 * ledger of published objects that gives them honest {@code created}/{@code modified} dates and keeps tombstones.
 * Nothing uses it.
 */
package dk.punkt.oparl;

/**
 * Imports: legacy agendas and minutes (text and Markdown) parsed into the meeting document of DESIGN.md §3
 * ({@link dk.punkt.publishing.MeetingDocument}) and created through the other modules' public services, one
 * transaction per file; the {@code import}/{@code export} command line. Owns the table {@code import_source}
 * (content hash per imported file, for idempotent re-imports).
 */
package dk.punkt.imports;

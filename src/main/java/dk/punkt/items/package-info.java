/**
 * Agenda items (dagsordenspunkter): title, case number, type, sections in the template's order, the
 * recommendation with its "at …" clauses, the item lifecycle with its history (Envers), appendices (files in
 * {@link dk.punkt.items.AppendixStorage}, checked by content), and the item pages {@code /punkter/**} and
 * {@code /bilag/{id}}. Owns tables
 * {@code agenda_item}, {@code item_section}, {@code recommendation_clause}, {@code appendix}.
 */
package dk.punkt.items;

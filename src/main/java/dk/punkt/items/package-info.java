/**
 * Agenda items (dagsordenspunkter): title, case number, type, sections in the template's order, the
 * recommendation with its "at …" clauses, the item lifecycle, and appendix metadata. Owns tables
 * {@code agenda_item}, {@code item_section}, {@code recommendation_clause}, {@code appendix}.
 */
package dk.punkt.items;

/**
 * Meetings (møder): date, time, place, participants and absences, the agenda's order with pauses, and the
 * lifecycle PLANLAGT → DAGSORDEN_UDSENDT → AFHOLDT → REFERAT_GODKENDT. Owns tables {@code meeting},
 * {@code meeting_attendee}, {@code agenda_row}.
 */
package dk.punkt.meetings;

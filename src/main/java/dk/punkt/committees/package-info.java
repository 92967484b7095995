/**
 * Committees (udvalg and forums): kind, default place and times, members with their role, standing items.
 * Owns tables {@code committee}, {@code committee_member}, {@code committee_standing_item}.
 */
package dk.punkt.committees;

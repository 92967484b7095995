/**
 * Demo data: on the first start with an empty database, the Chefforum committee with its members, demo users for
 * each role, and meetings in every state built from the real corpus minutes. Owns no tables.
 */
package dk.punkt.demo;

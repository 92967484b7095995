/**
 * Cases (sager): the KLE case number value type and the register of known cases.
 * Owns table {@code case_file}; a case's items across meetings are found through the items module.
 */
package dk.punkt.cases;

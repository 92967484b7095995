/**
 * Audit trail: the Envers revision entity that records who made each change.
 * Owns table {@code revinfo}; every module's audited entities get their {@code *_aud} tables from it.
 */
package dk.punkt.audit;

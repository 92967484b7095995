/**
 * Audit trail: the Envers revision entity that records who made each change, Envers' listeners (registered here,
 * see {@code internal.SetBasedAuditListeners}) and {@link dk.punkt.audit.BulkAudit}, which writes a bulk write's audit
 * rows set-based. Owns table {@code revinfo}; every module's audited entities get their {@code *_aud} tables from it.
 */
package dk.punkt.audit;

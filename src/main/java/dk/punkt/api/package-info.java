/**
 * The JSON API {@code /api/v1/…} for case systems and scripts (DESIGN.md §6): the same module services and rules as
 * the web UI, HTTP Basic authentication, errors as RFC 9457 problem details naming the field, OpenAPI at
 * {@code /v3/api-docs}. It sits above every other module and only uses their public APIs; it owns no tables.
 */
package dk.punkt.api;

/**
 * Search: Danish full-text search over published items, decisions and appendix text (Hibernate Search on an
 * embedded Lucene index under the data directory), aware of who may see closed content. Owns tables
 * {@code search_entry} (one row per published item, what is searchable) and {@code search_appendix_text} (text
 * extracted from appendix files). Sits above publishing and minutes and builds its entries from their public
 * services; its pages are {@code /soeg}, {@code /offentlig/soeg}, {@code /admin/soegning} and its API
 * {@code /api/v1/search}.
 */
package dk.punkt.search;

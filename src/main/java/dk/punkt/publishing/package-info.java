/**
 * Publishing: the meeting document (DESIGN.md §3) assembled from the other modules with closed content
 * left out for those without access, and the public pages under /offentlig.
 */
package dk.punkt.publishing;

/**
 * Technical helpers shared by the feature modules (no tables, no features of its own); it uses no other module.
 */
package dk.punkt.support;

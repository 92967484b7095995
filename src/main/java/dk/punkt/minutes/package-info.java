/**
 * Minutes (referat): the decision text and structured outcome of each item; approval and versions of the
 * minutes come later. Owns table {@code decision}.
 */
package dk.punkt.minutes;

/**
 * Web: the page layout, the context every page gets (user, messages, CSRF), the start page and error pages.
 */
package dk.punkt.web;

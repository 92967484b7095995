/**
 * Notifications: an outbox of e-mail messages ({@code outbox_message}), written in the same transaction as what they
 * tell about and sent by SMTP when a mail server is configured; readable at /udbakke when not. Members of a committee
 * with an e-mail address are told when its agenda goes out, is corrected or supplemented. Later senders (citizens'
 * subscriptions) queue their messages through {@link dk.punkt.notifications.Outbox} too.
 */
package dk.punkt.notifications;

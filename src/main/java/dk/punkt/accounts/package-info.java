/**
 * Accounts: users, their roles, login, and who may see closed content (membership of a committee).
 * Owns table {@code user_account}.
 */
package dk.punkt.accounts;

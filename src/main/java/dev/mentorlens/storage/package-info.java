/**
 * Where MentorLens keeps personal data on disk: folders and files that only the account running
 * MentorLens can open (0700 / 0600 on POSIX file systems), for the outputs it writes and for the
 * embedded database folder, which it prepares before the first connection.
 */
package dev.mentorlens.storage;

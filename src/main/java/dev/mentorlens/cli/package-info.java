/**
 * The command line the README describes: parsing and checking arguments (usage errors exit 2), starting
 * the application for the commands that need the database, and printing one-sentence outcomes.
 */
package dev.mentorlens.cli;

/** The {@code quarry} command line: {@code migrate dev|deploy|status|reset|diff|resolve} and {@code db push}. */
package dev.quarry.migrate.cli;

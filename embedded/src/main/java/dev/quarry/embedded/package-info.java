/**
 * The embedded development and test database: a PostgreSQL started from binaries on the class
 * path, one major version for every Quarry tool. Add {@code quarry-embedded} in test scope (or
 * for development); production sets {@code DATABASE_URL}.
 */
package dev.quarry.embedded;

/** Where the database is: {@code DATABASE_URL} parsing, connection pooling, and the embedded server's hook. */
package dev.quarry.runtime.config;

/**
 * Plain JDBC: binding values, reading columns by index, running statements on the transaction's
 * connection, and turning PostgreSQL's errors into Quarry's typed exceptions.
 */
package dev.quarry.runtime.jdbc;

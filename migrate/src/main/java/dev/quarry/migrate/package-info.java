/**
 * Migrate: the difference between two schema snapshots as ordered PostgreSQL statements, the
 * migrations folder and its history table, and the commands over them (dev, deploy, status,
 * reset, diff, resolve, push).
 */
package dev.quarry.migrate;

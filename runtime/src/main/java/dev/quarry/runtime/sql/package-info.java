/**
 * SQL rendering: client queries become jOOQ query trees, rendered once per query shape for
 * PostgreSQL and cached; values are never rendered into SQL, only bound.
 */
package dev.quarry.runtime.sql;

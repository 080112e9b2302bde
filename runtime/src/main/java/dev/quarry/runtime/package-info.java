/**
 * The Quarry client: {@link dev.quarry.runtime.Database}, the handle an application opens once,
 * and {@link dev.quarry.runtime.Repository}, which every generated repository extends and which
 * runs the {@code query} package's values through {@code sql} (rendering) and {@code jdbc}
 * (execution). Raw SQL goes through {@link dev.quarry.runtime.RawSql}.
 *
 * <p>The packages below this one are layered without cycles: {@code sql} and {@code jdbc} — the
 * engine, exported to no one — over {@code query} (filters, orderings, queries) and {@code meta}
 * (what generated code says about each model); at the bottom {@code error} holds the exceptions
 * an application catches, {@code transaction} the options and bodies of transactions and {@code
 * event} what listeners are told of each statement.
 */
package dev.quarry.runtime;

/**
 * The Quarry runtime's entry point, {@link dev.quarry.runtime.Database}. The packages below it are
 * layered without cycles: {@code client} (repositories) over {@code sql} (rendering) and
 * {@code jdbc} (execution), over {@code query} (filters, orderings, queries) and {@code meta} (what
 * generated code says about each model); {@code error} holds the exceptions an application
 * catches and {@code transaction} the options and bodies of transactions.
 */
package dev.quarry.runtime;

/**
 * The exceptions Quarry throws, all {@link dev.quarry.runtime.error.QuarryException}s, each naming
 * the model and fields at fault: constraint violations, bad values and queries, lost or refused
 * connections, rolled-back transactions.
 */
package dev.quarry.runtime.error;

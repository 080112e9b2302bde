/**
 * The typed client: model descriptions that generated code provides ({@link
 * dev.quarry.runtime.client.ModelTable}), typed attributes that build filters and orderings, query
 * and update specifications, and the {@link dev.quarry.runtime.client.Repository} that runs them.
 * Filters, orderings and queries are immutable values; the {@code sql} package turns them into SQL.
 */
package dev.quarry.runtime.client;

package dev.quarry.runtime.query;

import dev.quarry.runtime.meta.RelationLink;

/**
 * A relation to load with a query's results, and how: the related rows' filter, order, skip,
 * take and their own includes. Built by {@code User_.POSTS.include(...)}.
 *
 * @param <M> the model whose rows get the related rows
 * @param link the relation
 * @param query what to load of the related model
 */
public record Include<M>(RelationLink link, Query<?> query) {}

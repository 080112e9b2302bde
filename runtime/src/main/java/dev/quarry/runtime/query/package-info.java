/**
 * The query model: filters, orderings, queries, updates, aggregations and the typed attributes
 * of generated metamodels that build them. Pure values, so the SQL renderer reads them without
 * depending on the client that runs them.
 */
package dev.quarry.runtime.query;

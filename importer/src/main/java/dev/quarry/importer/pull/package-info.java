/**
 * {@code quarry db pull}: a PostgreSQL catalog read ({@code CatalogReader}), translated into
 * Quarry records in the database's own naming ({@code PullTranslator}), and written as Java sources.
 */
package dev.quarry.importer.pull;

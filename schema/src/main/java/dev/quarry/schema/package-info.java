/**
 * The schema snapshot: a versioned, deterministic description of a Quarry data model with every
 * database name resolved.
 *
 * <p>The processor writes it to {@value dev.quarry.schema.Schema#RESOURCE_PATH} on the class
 * output; the runtime reads it to build SQL and migrations. Both use these types and
 * {@link dev.quarry.schema.SchemaJson}, so the two sides cannot drift apart. The JSON form is
 * documented in the project README ("The schema snapshot").
 */
package dev.quarry.schema;

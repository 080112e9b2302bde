/**
 * The schema snapshot: the model of tables, columns, keys and relations the processor writes as
 * JSON and Migrate and Studio read.
 */
module dev.quarry.schema {
  requires transitive com.fasterxml.jackson.databind;

  exports dev.quarry.schema;

  // Jackson builds the snapshot's records from JSON.
  opens dev.quarry.schema to com.fasterxml.jackson.databind;
}

/**
 * Quarry Migrate: schema snapshots turned into SQL migrations, applied with a history table,
 * checked against a shadow database. The command line ({@code dev.quarry.migrate.cli}) is for the
 * {@code quarry} launcher and is not exported.
 */
module dev.quarry.migrate {
  requires transitive dev.quarry.runtime;
  requires com.zaxxer.hikari;
  requires org.jooq;
  requires static info.picocli;

  exports dev.quarry.migrate;

  // picocli reads the commands' annotated fields when the launcher runs them.
  opens dev.quarry.migrate.cli to info.picocli;
}

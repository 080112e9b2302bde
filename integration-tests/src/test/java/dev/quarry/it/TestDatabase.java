package dev.quarry.it;

import dev.quarry.runtime.Database;
import dev.quarry.runtime.SchemaSnapshots;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.migrate.SchemaDdl;
import dev.quarry.schema.Schema;
import dev.quarry.testing.TestServer;

/**
 * A fresh database per test class on the run's one PostgreSQL ({@link TestServer}), created from
 * the test models' snapshot.
 */
public final class TestDatabase {

  private TestDatabase() {}

  /** A new database with no tables at all. */
  public static Database empty() {
    DatabaseUrl url = create();
    return Database.builder().url(url).poolSize(2).build();
  }

  /** The address of a new, empty database on the test server. */
  public static DatabaseUrl create() {
    return TestServer.createDatabase("quarry_it");
  }

  /** A plain (unpooled) data source for {@code url}, as a tool such as Migrate gets one. */
  public static javax.sql.DataSource dataSource(DatabaseUrl url) {
    return TestServer.dataSource(url);
  }

  /** The server's administrative address (its default database). */
  public static DatabaseUrl server() {
    return TestServer.admin();
  }

  /** A new, empty database with the test models' tables. */
  static Database fresh() {
    return fresh(false);
  }

  /** A new, empty database with the test models' tables, logging parameter values when asked. */
  static Database fresh(boolean logParameters) {
    DatabaseUrl url = create();
    Database database = Database.builder().url(url).poolSize(4).logParameters(logParameters).build();
    Schema schema = SchemaSnapshots.fromClasspath(TestDatabase.class.getClassLoader());
    for (String ddl : SchemaDdl.create(schema)) {
      database.executeRaw(ddl);
    }
    return database;
  }
}

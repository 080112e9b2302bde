package dev.quarry.studio;

import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.migrate.SchemaDdl;
import dev.quarry.schema.Schema;
import dev.quarry.schema.SchemaJson;
import dev.quarry.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A fresh database on the run's one PostgreSQL ({@link TestServer}) with the blog's tables and
 * rows for each test class, and Studio over it.
 */
final class StudioFixture implements AutoCloseable {

  final Schema schema;
  final DatabaseUrl url;
  final Database database;
  final Studio studio;

  StudioFixture() {
    try (InputStream in = StudioFixture.class.getResourceAsStream("/blog-schema.json")) {
      schema = SchemaJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    url = TestServer.createDatabase("quarry_studio");
    database = Database.builder().url(url).poolSize(4).build();
    SchemaDdl.create(schema).forEach(database::executeRaw);
    seed();
    studio = Studio.start(database, schema, 0);
  }

  private void seed() {
    database.executeRaw("insert into users (email, name) values ('ada@example.com', 'Ada'), ('bob@example.com', null), ('cy@example.com', 'Cy')");
    database.executeRaw("insert into posts (title, content, published, author_id) values ('First', 'Hello', true, 1), ('Second', null, false, 1), ('Third', 'x', true, 2)");
    database.executeRaw("insert into todos (title, user_id) values ('Write', 1), ('Read', 2)");
  }

  long count(String sql, Object... parameters) {
    return database.queryRaw(sql, rs -> rs.getLong(1), parameters).get(0);
  }

  @Override
  public void close() {
    studio.close();
    database.close();
  }
}

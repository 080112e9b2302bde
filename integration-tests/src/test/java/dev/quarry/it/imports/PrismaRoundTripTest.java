package dev.quarry.it.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.quarry.importer.ExistingFiles;
import dev.quarry.importer.ImportResult;
import dev.quarry.importer.pull.DatabasePull;
import dev.quarry.importer.prisma.PrismaImport;
import dev.quarry.it.TestDatabase;
import dev.quarry.migrate.Catalog;
import dev.quarry.migrate.SchemaDdl;
import dev.quarry.processor.QuarryProcessor;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.schema.Schema;
import dev.quarry.schema.SchemaJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promise of {@code quarry import prisma}: the records it writes, compiled by the processor and
 * migrated by Quarry onto an empty database, give exactly the catalog Prisma Migrate gives that
 * schema (the golden {@code migration.sql} beside it, applied to another empty database).
 */
class PrismaRoundTripTest {

  @TempDir Path sources;

  @ParameterizedTest
  @ValueSource(strings = {"features", "saas"})
  void importedRecordsMigrateToTheCatalogPrismaMigrateMakes(String name) throws Exception {
    Path folder = resource("prisma/" + name);
    Path schema = Files.isDirectory(folder.resolve("schema")) ? folder.resolve("schema") : folder.resolve("schema.prisma");
    ImportResult result = PrismaImport.run(schema, "com.acme." + name, sources);
    assertTrue(result.models() > 0, "models imported");

    Schema snapshot = compile(result.files());
    DatabaseUrl prisma = TestDatabase.create();
    execute(prisma, List.of(Files.readString(folder.resolve("migration.sql"), StandardCharsets.UTF_8)));
    DatabaseUrl quarry = TestDatabase.create();
    execute(quarry, SchemaDdl.create(snapshot));

    Catalog expected = catalog(prisma);
    for (dev.quarry.schema.Model model : snapshot.models()) {
      assertEquals(!model.view(), expected.lines().contains("table " + model.table()),
          model.name() + "'s table is in Prisma's catalog unless it is a view");
    }
    List<String> differences = catalog(quarry).differencesFrom(expected);
    assertEquals(List.of(), differences,
        "Quarry's catalog (+) against Prisma's (-) for " + name + ":\n" + String.join("\n", differences));
  }

  @ParameterizedTest
  @ValueSource(strings = {"features", "saas"})
  void pulledRecordsMigrateToTheCatalogTheyWerePulledFrom(String name) throws Exception {
    DatabaseUrl prisma = TestDatabase.create();
    execute(prisma, List.of(Files.readString(resource("prisma/" + name).resolve("migration.sql"), StandardCharsets.UTF_8)));

    ImportResult result = DatabasePull.run(TestDatabase.dataSource(prisma), "com.acme.pulled", sources, ExistingFiles.REFUSE);
    assertEquals(List.of(), result.notes(), "everything in Prisma's catalog is expressed");

    Schema snapshot = compile(result.files());
    DatabaseUrl quarry = TestDatabase.create();
    execute(quarry, SchemaDdl.create(snapshot));
    List<String> differences = catalog(quarry).differencesFrom(catalog(prisma));
    assertEquals(List.of(), differences,
        "Quarry's catalog (+) against the pulled one (-) for " + name + ":\n" + String.join("\n", differences));
  }

  /** Compiles the imported sources with the processor, as a user's build does, and returns the snapshot. */
  static Schema compile(List<Path> files) throws IOException {
    Compilation compilation = Compiler.javac()
        .withProcessors(new QuarryProcessor())
        .withOptions("-Xlint:all", "-Aquarry.inject=false")
        .compile(files.stream().map(PrismaRoundTripTest::source).toList());
    List<String> problems = compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(Object::toString)
        .toList();
    assertEquals(List.of(), problems, "the imported records compile without errors or warnings");
    return SchemaJson.read(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, Schema.RESOURCE_PATH).orElseThrow()
        .getCharContent(true).toString());
  }

  private static javax.tools.JavaFileObject source(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void execute(DatabaseUrl url, List<String> statements) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new SQLException(e.getMessage() + " in:\n" + sql, e);
        }
      }
    }
  }

  static Catalog catalog(DatabaseUrl url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password())) {
      return Catalog.read(connection);
    }
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(PrismaRoundTripTest.class.getClassLoader().getResource(name).toURI());
  }
}

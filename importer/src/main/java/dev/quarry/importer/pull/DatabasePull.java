package dev.quarry.importer.pull;

import dev.quarry.importer.ExistingFiles;
import dev.quarry.importer.FilesInTheWayException;
import dev.quarry.importer.ImportException;
import dev.quarry.importer.ImportResult;
import dev.quarry.importer.source.JavaSources;
import dev.quarry.importer.source.SourceWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import javax.sql.DataSource;

/**
 * {@code quarry db pull}: Quarry records and enums from a live PostgreSQL database's current
 * schema, such that Quarry's migration of them makes the same catalog: tables and views, columns
 * with their types and defaults, identity and serial columns, primary keys, uniques, indexes,
 * foreign keys as relations on both sides, implicit many-to-many join tables, arrays and enums.
 *
 * <p>The package takes the database's naming: names as written (Prisma's conventions) when a
 * table or column has upper case, else Quarry's snake_case. What records cannot express yet
 * (check constraints, expression, partial or non-b-tree indexes, types Quarry has no Java type
 * for) is listed in the notes and as a comment on its record; it stays in the database.
 *
 * <p>Pulling again never touches records that exist (they may be edited by hand): it writes
 * nothing and names them, unless told to replace them.
 */
public final class DatabasePull {

  private DatabasePull() {}

  /**
   * Reads the database and writes the package {@code packageName} under {@code sourceRoot}.
   *
   * @throws FilesInTheWayException when files are in the way and {@code existing} is {@link ExistingFiles#REFUSE}
   * @throws ImportException when the database cannot be read or has no table
   */
  public static ImportResult run(DataSource database, String packageName, Path sourceRoot, ExistingFiles existing) {
    if (!SourceVersion.isName(packageName)) {
      throw new ImportException("\"" + packageName + "\" is not a Java package name");
    }
    DbCatalog catalog;
    try (Connection connection = database.getConnection()) {
      catalog = CatalogReader.read(connection);
    } catch (SQLException e) {
      throw new ImportException("Cannot read the database's schema: " + e.getMessage(), e);
    }
    if (catalog.tables().isEmpty()) {
      throw new ImportException("The database has no table or view in its current schema: there is nothing to pull.");
    }
    List<String> notes = new ArrayList<>();
    JavaSources sources = new PullTranslator(catalog, notes).translate(packageName);
    return new ImportResult(SourceWriter.write(sources, sourceRoot, existing), sources.records().size(), sources.enums().size(), notes);
  }
}

package dev.quarry.importer.prisma;

import dev.quarry.importer.ExistingFiles;
import dev.quarry.importer.FilesInTheWayException;
import dev.quarry.importer.ImportException;
import dev.quarry.importer.ImportResult;
import dev.quarry.importer.prisma.Ast.Block;
import dev.quarry.importer.prisma.Ast.Member;
import dev.quarry.importer.prisma.Ast.Str;
import dev.quarry.importer.source.JavaSources;
import dev.quarry.importer.source.SourceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * {@code quarry import prisma}: Quarry records and enums from a Prisma schema, such that Quarry's
 * migration of them creates the tables, columns, keys, indexes and enum types Prisma Migrate
 * creates for that schema, under the same names.
 *
 * <pre>{@code
 * ImportResult result = PrismaImport.run(Path.of("prisma/schema.prisma"), "com.acme.model", Path.of("src/main/java"));
 * }</pre>
 *
 * <p>A schema split over several files (Prisma's {@code prismaSchemaFolder}) is read from its
 * folder. What Quarry cannot express yet fails the import, naming every place at fault; what
 * Prisma's client leaves out ({@code @ignore}, {@code Unsupported(...)}) is left out too, as a
 * comment on the record, and listed in the result's notes.
 */
public final class PrismaImport {

  private PrismaImport() {}

  /** {@link #run(Path, String, Path, ExistingFiles)} that refuses to replace a file. */
  public static ImportResult run(Path schema, String packageName, Path sourceRoot) {
    return run(schema, packageName, sourceRoot, ExistingFiles.REFUSE);
  }

  /**
   * Reads {@code schema} (a {@code .prisma} file, or a folder whose {@code .prisma} files together
   * are the schema) and writes the package {@code packageName} under {@code sourceRoot}.
   *
   * @param existing what to do when a file to write is already there
   * @throws ImportException when the schema cannot be read or imported, naming file, line and column
   * @throws FilesInTheWayException when files are in the way and {@code existing} is {@link ExistingFiles#REFUSE}
   */
  public static ImportResult run(Path schema, String packageName, Path sourceRoot, ExistingFiles existing) {
    Translation translation = translate(schema, packageName);
    JavaSources sources = translation.sources();
    return new ImportResult(SourceWriter.write(sources, sourceRoot, existing), sources.records().size(), sources.enums().size(),
        translation.notes());
  }

  /** The sources a schema imports as, and what was left out. */
  record Translation(JavaSources sources, List<String> notes) {}

  static Translation translate(Path schema, String packageName) {
    if (!SourceVersion.isName(packageName)) {
      throw new ImportException("\"" + packageName + "\" is not a Java package name");
    }
    List<Block> blocks = new ArrayList<>();
    for (Path file : files(schema)) {
      blocks.addAll(PrismaParser.parse(file.toString(), read(file)));
    }
    Problems problems = new Problems();
    checkDatasource(blocks, problems);
    List<String> notes = new ArrayList<>();
    JavaSources sources = new PrismaTranslator(blocks, problems, notes).translate(packageName);
    problems.throwIfAny();
    return new Translation(sources, List.copyOf(notes));
  }

  private static void checkDatasource(List<Block> blocks, Problems problems) {
    for (Block block : blocks) {
      if (!block.keyword().equals("datasource")) {
        continue;
      }
      for (Member setting : block.members()) {
        String value = setting.setting() instanceof Str s ? s.text() : null;
        if (setting.name().equals("provider") && value != null && !value.equals("postgresql") && !value.equals("postgres")) {
          problems.add(setting.position(), "the datasource's provider is \"" + value
              + "\"; Quarry imports PostgreSQL schemas (provider = \"postgresql\")");
        }
        if (setting.name().equals("relationMode") && "prisma".equals(value)) {
          problems.add(setting.position(), "relationMode = \"prisma\" (relations without foreign keys) has no Quarry "
              + "equivalent yet: Quarry's migrations create a foreign key for every relation");
        }
      }
    }
  }

  private static List<Path> files(Path schema) {
    if (!Files.exists(schema)) {
      throw new ImportException("There is no Prisma schema at " + schema);
    }
    if (!Files.isDirectory(schema)) {
      return List.of(schema);
    }
    try (Stream<Path> walk = Files.walk(schema)) {
      List<Path> files = walk.filter(p -> p.toString().endsWith(".prisma") && Files.isRegularFile(p))
          .filter(p -> !schema.relativize(p).toString().startsWith("migrations"))
          .sorted().toList();
      if (files.isEmpty()) {
        throw new ImportException("The folder " + schema + " holds no .prisma file");
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}

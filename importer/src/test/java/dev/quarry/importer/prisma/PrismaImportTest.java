package dev.quarry.importer.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.quarry.importer.ImportException;
import dev.quarry.importer.ImportResult;
import dev.quarry.processor.QuarryProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrismaImportTest {

  @TempDir Path dir;

  @Test
  void javaUnsafeNamesBecomeSafeNamesMappedToTheOriginals() throws IOException {
    ImportResult result = importSchema("""
        model Record {
          id       Int     @id @default(autoincrement())
          default  String?
          class    Int     @default(0)
          hashCode String?
          kind     Kind    @default(public)
          objects  Object[]
        }

        model Object {
          id      Int      @id @default(autoincrement())
          records Record[]
        }

        enum Kind {
          public
          private
        }
        """);

    assertCompiles(result);
    String record = read("RecordModel.java");
    assertTrue(record.contains("@Model\n@Map(\"Record\")\npublic record RecordModel("), record);
    assertTrue(record.contains("@Map(\"default\") @Nullable String default_,"), record);
    assertTrue(record.contains("@Default(\"0\") @Map(\"class\") Integer class_,"), record);
    assertTrue(record.contains("@Map(\"hashCode\") @Nullable String hashCode_,"), record);
    assertTrue(record.contains("@Default(\"public_\") Kind kind,"), record);
    // The implicit many-to-many keeps Prisma's join table, which Quarry would name after the Java names;
    // it is named on the side Quarry takes as side a.
    assertTrue(read("ObjectModel.java").contains(
        "@Relation(joinTable = \"_ObjectToRecord\", joinColumns = {\"A\", \"B\"}) List<RecordModel> records"), read("ObjectModel.java"));
    assertTrue(read("Kind.java").contains("@Map(\"public\")\n  public_,"), read("Kind.java"));
  }

  @Test
  void indexTypesBecomeIndexMethods() throws IOException {
    ImportResult result = importSchema("""
        model Doc {
          id      Int      @id
          tags    String[]
          body    String
          created DateTime

          @@index([tags], type: Gin)
          @@index([created], type: Brin, map: "doc_created_brin")
          @@index([body], type: BTree)
        }
        """);

    assertCompiles(result);
    String doc = read("Doc.java");
    assertTrue(doc.contains("@Index(value = \"tags\", using = IndexMethod.GIN)"), doc);
    assertTrue(doc.contains("@Index(value = \"created\", name = \"doc_created_brin\", using = IndexMethod.BRIN)"), doc);
    assertTrue(doc.contains("@Index(\"body\")"), doc);
  }

  @Test
  void whatPrismasClientLeavesOutIsLeftOutAsACommentAndListed() throws IOException {
    ImportResult result = importSchema("""
        model Place {
          id       Int                     @id @default(autoincrement())
          name     String
          location Unsupported("geometry")?
          legacy   String?                 @ignore
        }

        model Old {
          id Int @id

          @@ignore
        }
        """);

    assertCompiles(result);
    assertEquals(1, result.models());
    assertEquals(List.of(
        schemaFile() + ":4:3: Place.location is Unsupported(\"geometry\"): not imported, kept as a comment on Place",
        schemaFile() + ":5:3: Place.legacy is @ignore: not imported",
        schemaFile() + ":8:1: model Old is @@ignore: not imported; its table stays as it is"), result.notes());
    String place = read("Place.java");
    assertTrue(place.contains("{@code location Unsupported(\"geometry\")}: Quarry has no type for it"), place);
    assertTrue(place.contains("{@code legacy}: @ignore in the Prisma schema"), place);
    assertTrue(!Files.exists(dir.resolve("out/com/acme/model/Old.java")));
  }

  @Test
  void everyPlaceQuarryCannotExpressYetIsNamedAtOnce() {
    ImportException e = assertThrows(ImportException.class, () -> importSchema("""
        datasource db {
          provider     = "postgresql"
          relationMode = "prisma"
        }

        model A {
          id    Int      @id @default(uuid(7))
          ip    String   @db.Citext
          tags  String[] @default([now()])
          shape Shape

          @@index([id], clustered: true)
        }

        type Shape {
          x Int
        }
        """));
    String f = schemaFile().toString();
    assertEquals("The schema cannot be imported as it is (7 problems):\n"
        + "  " + f + ":3:3: relationMode = \"prisma\" (relations without foreign keys) has no Quarry equivalent yet: "
        + "Quarry's migrations create a foreign key for every relation\n"
        + "  " + f + ":7:31: @default(uuid(7)) on id has no Quarry equivalent (Quarry has autoincrement, now, uuid (v4), cuid, "
        + "ulid, nanoid(21) and dbgenerated)\n"
        + "  " + f + ":8:18: @db.Citext on ip has no Quarry type yet (Quarry maps text, varchar, char, uuid, inet, xml, bit, "
        + "varbit, smallint, integer, bigint, real, double precision, decimal, date, time, timestamp, timestamptz, json, jsonb and "
        + "bytea)\n"
        + "  " + f + ":9:28: @default on tags lists something other than literals\n"
        + "  " + f + ":10:3: the type Shape of A.shape is neither a scalar type nor a model or enum of this schema\n"
        + "  " + f + ":12:3: @@index(clustered: ...) on A has no Quarry equivalent yet (Quarry indexes with each method's default "
        + "operator class)\n"
        + "  " + f + ":15:1: composite types (type Shape) exist for MongoDB only; a PostgreSQL schema cannot have them",
        e.getMessage());
  }

  @Test
  void anotherDatabasesSchemaIsRefused() {
    ImportException e = assertThrows(ImportException.class, () -> importSchema("""
        datasource db {
          provider = "mysql"
        }
        """));
    assertEquals(schemaFile() + ":2:3: the datasource's provider is \"mysql\"; Quarry imports PostgreSQL schemas "
        + "(provider = \"postgresql\")", e.getMessage());
  }

  @Test
  void aFolderIsReadWholeAndAMissingSchemaOrBadPackageIsNamed() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("prisma/schema"));
    Files.writeString(folder.resolve("a.prisma"), "model A {\n  id Int @id\n  bs B[]\n}\n");
    Files.writeString(folder.resolve("b.prisma"), "model B {\n  id Int @id\n  a A @relation(fields: [aId], references: [id])\n  aId Int\n}\n");
    Files.createDirectories(folder.resolve("migrations/0_init"));
    Files.writeString(folder.resolve("migrations/0_init/ignored.prisma"), "not a schema");
    ImportResult result = PrismaImport.run(folder, "com.acme.model", dir.resolve("out"));
    assertEquals(2, result.models());
    assertCompiles(result);

    assertEquals("There is no Prisma schema at " + dir.resolve("nowhere.prisma"),
        assertThrows(ImportException.class, () -> PrismaImport.run(dir.resolve("nowhere.prisma"), "a", dir)).getMessage());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals("The folder " + empty + " holds no .prisma file",
        assertThrows(ImportException.class, () -> PrismaImport.run(empty, "a", dir)).getMessage());
    assertEquals("\"com.acme.class\" is not a Java package name",
        assertThrows(ImportException.class, () -> PrismaImport.run(folder, "com.acme.class", dir)).getMessage());
  }

  private ImportResult importSchema(String schema) throws IOException {
    Files.writeString(schemaFile(), schema, StandardCharsets.UTF_8);
    return PrismaImport.run(schemaFile(), "com.acme.model", dir.resolve("out"));
  }

  private Path schemaFile() {
    return dir.resolve("schema.prisma");
  }

  private String read(String file) throws IOException {
    return Files.readString(dir.resolve("out/com/acme/model").resolve(file));
  }

  /** The imported records compile with Quarry's processor without an error or warning. */
  static void assertCompiles(ImportResult result) {
    Compilation compilation = Compiler.javac()
        .withProcessors(new QuarryProcessor())
        .withOptions("-Xlint:all", "-Aquarry.inject=false")
        .compile(result.files().stream().map(file -> {
          try {
            return JavaFileObjects.forResource(file.toUri().toURL());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }).toList());
    List<String> problems = compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(Object::toString)
        .toList();
    assertEquals(List.of(), problems);
  }
}

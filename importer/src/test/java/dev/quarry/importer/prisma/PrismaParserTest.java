package dev.quarry.importer.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.importer.prisma.Ast.Array;
import dev.quarry.importer.prisma.Ast.Attribute;
import dev.quarry.importer.prisma.Ast.Block;
import dev.quarry.importer.prisma.Ast.Call;
import dev.quarry.importer.prisma.Ast.Member;
import dev.quarry.importer.prisma.Ast.Str;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrismaParserTest {

  @Test
  void readsBlocksFieldsAttributesAndDocumentation() {
    List<Block> blocks = PrismaParser.parse("schema.prisma", """
        datasource db {
          provider = "postgresql"
          url      = env("DATABASE_URL")
        }

        /// A person.
        model User {
          id    Int     @id @default(autoincrement()) // trailing comment
          /// Where we write.
          email String  @unique(map: "user_email") @db.VarChar(320)
          tags  String[]
          nick  String?
          geo   Unsupported("point")?

          @@index([email(sort: Desc), id], map: "x")
          @@map("users")
        }

        enum Role {
          USER
          ADMIN @map("admin")
        }
        """);

    assertEquals(List.of("datasource", "model", "enum"), blocks.stream().map(Block::keyword).toList());
    assertEquals("postgresql", ((Str) blocks.get(0).members().get(0).setting()).text());
    Block user = blocks.get(1);
    assertEquals(List.of("A person."), user.doc());
    Member email = user.members().get(1);
    assertEquals(List.of("Where we write."), email.doc());
    assertEquals(List.of("unique", "db.VarChar"), email.attributes().stream().map(Attribute::name).toList());
    assertEquals("user_email", ((Str) email.attribute("unique").orElseThrow().arg("map", -1).orElseThrow()).text());
    assertTrue(user.members().get(2).type().list());
    assertTrue(user.members().get(3).type().optional());
    assertEquals("point", user.members().get(4).type().unsupported());
    Attribute index = user.attributes().get(0);
    Array fields = (Array) index.arg("fields", 0).orElseThrow();
    assertEquals("email", ((Call) fields.items().get(0)).name());
    assertEquals(new Position("schema.prisma", 15, 3), index.position());
    assertEquals(List.of("USER", "ADMIN"), blocks.get(2).members().stream().map(Member::name).toList());
  }

  @Test
  void anArgumentListMaySpanLines() {
    List<Block> blocks = PrismaParser.parse("s.prisma", """
        model Post {
          id Int @id
          @@index([
            id
          ])
        }
        """);
    assertEquals(1, ((Array) blocks.get(0).attributes().get(0).arg("fields", 0).orElseThrow()).items().size());
  }

  @Test
  void errorsNameTheFileLineAndColumn() {
    assertError("s.prisma:2:5: the field id needs a type, found the end of the line", """
        model A {
          id
        }
        """);
    assertError("s.prisma:1:1: the model A is not closed with '}'", """
        model A {
          id Int @id
        """);
    assertError("s.prisma:2:15: this string is not closed on its line", """
        model A {
          id Int @map("id
        }
        """);
    assertError("s.prisma:1:1: expected model, view, enum, datasource, generator or type, found 'table'", "table A {}\n");
    assertError("s.prisma:2:10: unexpected character '#'", "model A {\n  id Int #\n}\n");
    assertError("s.prisma:2:22: expected the end of the line, found 'extra'", "model A {\n  id Int @id @unique extra\n}\n");
  }

  private static void assertError(String expected, String schema) {
    PrismaSchemaException e = assertThrows(PrismaSchemaException.class, () -> PrismaParser.parse("s.prisma", schema));
    assertEquals(expected, e.getMessage());
  }
}

package dev.quarry.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NamingTest {

  @ParameterizedTest
  @CsvSource({
    "authorId, author_id",
    "id, id",
    "HTTPServer, http_server",
    "userID, user_id",
    "address2, address2",
    "createdAtUtc, created_at_utc",
    "already_snake, already_snake"
  })
  void columnsAreSnakeCase(String component, String column) {
    assertEquals(column, Naming.snakeCase(component));
  }

  @ParameterizedTest
  @CsvSource({
    "User, users",
    "BlogPost, blog_posts",
    "Category, categories",
    "Day, days",
    "Status, statuses",
    "Box, boxes",
    "Match, matches"
  })
  void tablesAreSnakeCasePlural(String model, String table) {
    assertEquals(table, Naming.tableName(model));
  }

  @Test
  void constraintNamesFollowPostgresConventions() {
    assertEquals("users_pkey", Naming.primaryKey("users"));
    assertEquals("posts_author_id_slug_key", Naming.unique("posts", List.of("author_id", "slug")));
    assertEquals("posts_author_id_fkey", Naming.foreignKey("posts", List.of("author_id")));
    assertEquals("_category_to_post", Naming.joinTable("CategoryToPost"));
  }

  @Test
  void longDerivedNamesAreCutToDistinctStableNamesWithinTheLimit() {
    String a = Naming.index("a_very_long_table_name_for_testing", List.of("first_long_column_name", "second_column"));
    String b = Naming.index("a_very_long_table_name_for_testing", List.of("first_long_column_name", "third_column"));

    assertTrue(a.getBytes(StandardCharsets.UTF_8).length <= Naming.MAX_IDENTIFIER_BYTES);
    assertNotEquals(a, b);
    assertEquals(a, Naming.index("a_very_long_table_name_for_testing", List.of("first_long_column_name", "second_column")));
  }

  @Test
  void userNamesAreCheckedAgainstPostgresLimits() {
    assertNull(Naming.problem("user"));
    assertEquals("it is empty", Naming.problem(" "));
    assertTrue(Naming.problem("x".repeat(64)).contains("63 bytes"));
    assertTrue(Naming.problem("a\"b").contains("double quote"));
  }
}

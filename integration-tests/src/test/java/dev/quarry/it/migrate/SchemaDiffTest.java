package dev.quarry.it.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.TestDatabase;
import dev.quarry.runtime.Database;
import dev.quarry.migrate.Catalog;
import dev.quarry.migrate.Change;
import dev.quarry.migrate.MigrationScript;
import dev.quarry.migrate.SchemaDiff;
import dev.quarry.migrate.SchemaDdl;
import dev.quarry.schema.Schema;
import dev.quarry.testing.Goldens;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diff engine, one case per kind of change: the SQL against a golden file, and the SQL run on
 * PostgreSQL, after which the database must be exactly what the new snapshot creates directly.
 */
class SchemaDiffTest {

  static final String USER = "@Model record User(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, @Unique String email, @Nullable String name, List<Post> posts) {}";
  static final String POST = "@Model record Post(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, String title, @Relation(fields = \"authorId\", references = \"id\") User author, int authorId) {}";

  private record Case(String[] before, String[] after, List<String> codes) {}

  private static Arguments change(String name, String[] before, String[] after, String... codes) {
    return Arguments.of(name, new Case(before, after, List.of(codes)));
  }

  private static String[] models(String... sources) {
    return sources;
  }

  private static final String ORDER = "@Model record Order(@Id int id, int customerId, java.math.BigDecimal total, String note) {}";
  private static final String SPEND = "@View(sql = \"select customer_id, sum(total) as spent from orders group by customer_id\") "
      + "record CustomerSpend(@Id int customerId, java.math.BigDecimal spent) {}";
  private static final String BIG_CUSTOMER = "@View(sql = \"select customer_id from customer_spends where spent > 100\") "
      + "record BigCustomer(@Id int customerId) {}";

  static Stream<Arguments> cases() {
    return Stream.of(
        change("create_everything", models(),
            models("enum Role { USER, ADMIN }", USER.replace("@Nullable String name,", "@Nullable String name, @Default(\"USER\") Role role,"),
                "@Model @Index({\"authorId\", \"title desc\"}) record Post(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, String title, @Relation(fields = \"authorId\", references = \"id\") User author, int authorId, List<Tag> tags) {}",
                "@Model record Tag(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, @Unique String name, List<Post> posts) {}"),
            "create-enum", "create-table", "create-index", "add-foreign-key", "create-join-table"),
        change("drop_everything",
            models("enum Role { USER, ADMIN }", USER.replace("@Nullable String name,", "@Nullable String name, @Default(\"USER\") Role role,"),
                "@Model record Post(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, String title, @Relation(fields = \"authorId\", references = \"id\") User author, int authorId, List<Tag> tags) {}",
                "@Model record Tag(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, @Unique String name, List<Post> posts) {}"),
            models("@Model record Note(@Id int id) {}"),
            "drop-table", "drop-enum", "drop-foreign-key", "drop-join-table", "create-table"),
        change("add_columns", models(USER, POST),
            models(USER.replace("List<Post> posts", "@Nullable Integer age, @Default(\"0\") int logins, @Default(function = DefaultFunction.NOW) Instant joined, String city, List<Post> posts"), POST),
            "add-column", "add-required-column"),
        change("drop_column", models(USER, POST), models(USER.replace("@Nullable String name, ", ""), POST), "drop-column"),
        change("rename_column", models(USER, POST), models(USER.replace("@Nullable String name", "@Nullable @RenamedFrom(\"name\") String fullName"), POST),
            "rename-column"),
        change("rename_table", models(USER, POST),
            models(USER.replace("record User(", "@RenamedFrom(\"User\") record Member(").replace("List<Post> posts", "List<Post> posts"),
                POST.replace("User author", "Member author")),
            "rename-table", "rename-constraint"),
        change("change_types", models(USER.replace("@Nullable String name", "@Nullable Integer score, @Nullable String name"), POST),
            models(USER.replace("@Nullable String name", "@Nullable Long score, @Nullable @DbType(\"varchar(20)\") String name"), POST),
            "alter-column-type"),
        change("nullability", models(USER, POST),
            models(USER.replace("@Nullable String name", "String name").replace("@Unique String email", "@Unique @Nullable String email"), POST),
            "set-not-null", "drop-not-null"),
        change("defaults", models(USER.replace("@Nullable String name", "@Default(\"anonymous\") String name, @Default(\"1\") int level, int rank"), POST),
            models(USER.replace("@Nullable String name", "String name, @Default(\"2\") int level, @Default(\"0\") int rank"), POST),
            "drop-default", "set-default"),
        change("identity", models(USER, "@Model record Post(@Id Integer id, String title, @Relation(fields = \"authorId\", references = \"id\") User author, int authorId) {}"),
            models(USER.replace("@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id", "@Id Integer id"), POST),
            "drop-identity", "add-identity"),
        change("uniques", models(USER, POST),
            models(USER.replace("@Unique String email", "String email").replace("@Nullable String name", "@Unique @Nullable String name"), POST),
            "add-unique", "drop-unique"),
        change("indexes",
            models(USER, "@Model @Index({\"title\"}) @Index(value = \"authorId\", name = \"old_name\") record Post(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, String title, @Relation(fields = \"authorId\", references = \"id\") User author, int authorId) {}"),
            models(USER, "@Model @Index({\"title desc\"}) @Index(value = \"authorId\", name = \"new_name\") record Post(@Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id, String title, @Relation(fields = \"authorId\", references = \"id\") User author, int authorId) {}"),
            "create-index", "drop-index", "rename-index"),
        change("foreign_key_action", models(USER, POST),
            models(USER, POST.replace("references = \"id\")", "references = \"id\", onDelete = ReferentialAction.CASCADE)")),
            "drop-foreign-key", "add-foreign-key"),
        change("enum_values",
            models("enum Role { USER, ADMIN, GUEST }", "@Model record Account(@Id int id, Role role, List<Role> roles) {}"),
            models("@Map(\"account_role\") enum Role { USER, @Map(\"administrator\") ADMIN, OWNER }", "@Model record Account(@Id int id, Role role, List<Role> roles) {}"),
            "rename-enum", "rename-enum-value", "add-enum-value", "drop-enum-value"),
        change("unique_over_key_added",
            models("@Model record Webhook(@Id String id, String url) {}"),
            models("@Model record Webhook(@Id @Unique String id, String url) {}", "@Model @Id(fields = {\"a\", \"b\"}) "
                + "@Unique(fields = {\"a\", \"b\"}) record Pair(int a, int b) {}"),
            "add-unique", "create-table"),
        change("verbatim_unique_index",
            models("@Naming(NamingStyle.VERBATIM) @Model record Note(@Id int id, String code) {}"),
            models("@Naming(NamingStyle.VERBATIM) @Model record Note(@Id int id, @Unique String code) {}"),
            "add-unique"),
        change("unique_over_key_removed",
            models("@Model record Webhook(@Id @Unique String id, String url) {}"),
            models("@Model record Webhook(@Id String id, String url) {}"),
            "drop-unique"),
        change("index_kinds",
            models("@Model @Index(value = \"title\", name = \"articles_title\") @Index(value = \"publishedAt\", where = \"published\", "
                + "name = \"articles_published\") record Article(@Id int id, String title, boolean published, Instant publishedAt, "
                + "List<String> labels) {}"),
            models("@Model @Index(expression = \"lower(title)\", name = \"articles_title\") @Index(value = \"publishedAt\", "
                + "where = \"published and published_at is not null\", name = \"articles_published\") @Index(value = \"labels\", "
                + "using = IndexMethod.GIN) @Index(value = \"title\", unique = true, where = \"published\", name = \"articles_title_published\") "
                + "record Article(@Id int id, String title, boolean published, Instant publishedAt, List<String> labels) {}"),
            "create-index", "drop-index"),
        change("checks_created", models(),
            models("@Model @Check(name = \"products_sale_below_price\", value = \"sale_price is null or sale_price < price\") "
                + "record Product(@Id int id, @Check(\"price > 0\") java.math.BigDecimal price, @Nullable java.math.BigDecimal salePrice) {}"),
            "create-table"),
        change("checks",
            models("@Model @Check(name = \"products_sale_below_price\", value = \"sale_price < price\") "
                + "record Product(@Id int id, @Check(\"price > 0\") java.math.BigDecimal price, @Nullable java.math.BigDecimal salePrice, "
                + "@Check(\"stock >= 0\") int stock) {}"),
            models("@Model @Check(name = \"products_sale_below_price\", value = \"sale_price is null or sale_price < price\") "
                + "record Product(@Id int id, @Check(\"price >= 0\") java.math.BigDecimal price, @Nullable java.math.BigDecimal salePrice, "
                + "int stock, @Check(\"name <> ''\") String name) {}"),
            "add-check", "drop-check", "add-required-column"),
        change("computed_created", models(),
            models("@Model record OrderLine(@Id int id, int quantity, java.math.BigDecimal unitPrice, "
                + "@Computed(\"quantity * unit_price\") java.math.BigDecimal total, @Version long version) {}"),
            "create-table"),
        change("computed",
            models("@Model record OrderLine(@Id int id, int quantity, java.math.BigDecimal unitPrice, "
                + "@Computed(\"quantity * unit_price\") java.math.BigDecimal total, @Computed(\"quantity > 10\") boolean bulk, "
                + "@Nullable java.math.BigDecimal discount, @Computed(\"quantity * 2\") int doubled) {}"),
            models("@Model record OrderLine(@Id int id, int quantity, java.math.BigDecimal unitPrice, "
                + "@Computed(\"quantity * unit_price - 1\") java.math.BigDecimal total, boolean bulk, "
                + "@Computed(\"unit_price * 0.1\") @Nullable java.math.BigDecimal discount, int doubled, "
                + "@Computed(\"upper(note)\") String shout, String note, @Version int version) {}"),
            "change-computed-column", "drop-expression", "make-computed-column", "add-computed-column"),
        change("soft_delete",
            models("@Model record Member(@Id int id, @Unique String email) {}"),
            models("@Model record Member(@Id int id, @Unique(ignoreDeleted = true) String email, @SoftDelete @Nullable Instant deletedAt, "
                + "@SoftDelete boolean archived) {}".replace("@SoftDelete boolean archived", "boolean archived")),
            "drop-unique", "add-unique", "add-column"),
        change("views_created", models(),
            models(ORDER, SPEND, BIG_CUSTOMER,
                "@View(sql = \"select id, note from orders\", materialized = true) record OrderNote(@Id int id, String note) {}"),
            "create-table", "create-view"),
        change("views",
            models(ORDER, SPEND, BIG_CUSTOMER,
                "@View(sql = \"select id, note from orders\", materialized = true) record OrderNote(@Id int id, String note) {}",
                "@View(sql = \"select count(*) as n from orders\") record OrderCount(long n) {}",
                "@View @Map(\"order_totals\") record OrderTotal(long total) {}"),
            models(ORDER.replace("java.math.BigDecimal total", "long total"), SPEND, BIG_CUSTOMER,
                "@View(sql = \"select id, note from orders\", materialized = true) record OrderNote(@Id int id, String note) {}",
                "@View(sql = \"select id from orders where total > 0\") record PositiveOrder(@Id int id) {}",
                "@View @Map(\"order_totals\") record OrderTotal(long total) {}"),
            "drop-view", "create-view", "alter-column-type"),
        change("primary_key",
            models("@Model record Pair(@Id int left, int right) {}"),
            models("@Model @Id(fields = {\"left\", \"right\"}) record Pair(int left, int right) {}"),
            "drop-primary-key", "add-primary-key"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersTheChangeAndPostgresReachesTheNewSchema(String name, Case c) {
    Schema before = Snapshots.of(c.before());
    Schema after = Snapshots.of(c.after());

    List<Change> changes = SchemaDiff.between(before, after);
    String script = MigrationScript.render(changes);

    Goldens.assertMatches("diff/" + name + ".sql", script);
    List<String> codes = changes.stream().map(Change::code).distinct().toList();
    assertTrue(codes.containsAll(c.codes()), "expected " + c.codes() + " in " + codes);
    assertEquals(script, MigrationScript.render(SchemaDiff.between(before, after)), "deterministic");

    try (Database migrated = TestDatabase.empty(); Database direct = TestDatabase.empty()) {
      SchemaDdl.create(before).forEach(migrated::executeRaw);
      migrated.executeRaw(script);
      SchemaDdl.create(after).forEach(direct::executeRaw);
      assertEquals(List.of(), Catalog.read(migrated).differencesFrom(Catalog.read(direct)));
    }
  }

  @Test
  void noChangesBetweenEqualSchemas() {
    assertEquals(List.of(), SchemaDiff.between(Snapshots.of(USER, POST), Snapshots.of(USER, POST)));
  }

  @Test
  void theCasesCoverAtLeastTwentyFiveKindsOfChange() {
    // Computed here rather than gathered by the cases, so any one case can run alone.
    Set<String> codes = new TreeSet<>();
    cases().forEach(arguments -> {
      Case c = (Case) arguments.get()[1];
      SchemaDiff.between(Snapshots.of(c.before()), Snapshots.of(c.after())).forEach(change -> codes.add(change.code()));
    });
    assertTrue(codes.size() >= 25, "kinds covered: " + codes);
  }
}

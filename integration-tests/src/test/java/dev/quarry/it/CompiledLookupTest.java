package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Customer;
import dev.quarry.it.model.Customer_;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.Post_;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Lookups, creates and deletes by key run SQL the processor rendered: the same rows, and no renderer loaded for them. */
class CompiledLookupTest extends ClientTest {

  @Test
  void lookupsByEveryKindOfKeySendTheCompiledSqlAndFindTheRow() {
    User ada = client.users().create(User.of("ada@compiled.example", "Ada"));
    Post post = client.posts().create(Post.of("Compiled", ada.id()));
    Customer gone = client.customers().create(Customer.of("gone@compiled.example", "Gone"));
    client.customers().delete(Customer_.id(gone.id()));
    StatementCounter statements = new StatementCounter();
    db.addListener(statements);
    try {
      assertEquals(ada.email(), client.users().findUniqueOrThrow(User_.id(ada.id())).email());
      assertEquals(ada.id(), client.users().findUniqueOrThrow(User_.email(ada.email())).id());
      assertEquals(post.id(), client.posts().findUniqueOrThrow(Post_.authorIdAndTitle(ada.id(), "Compiled")).id());
      assertTrue(client.customers().findUnique(Customer_.id(gone.id())).isEmpty(), "soft-deleted: not found");
    } finally {
      db.removeListener(statements);
    }

    List<String> sent = statements.events().stream().map(e -> e.sql()).toList();
    assertEquals(List.of(User_.TABLE.lookupSql(0), User_.TABLE.lookupSql(1), Post_.TABLE.lookupSql(1), Customer_.TABLE.lookupSql(0)), sent);
    assertTrue(Customer_.TABLE.lookupSql(0).endsWith("and \"t0\".\"deleted_at\" is null"), Customer_.TABLE.lookupSql(0));
    assertEquals(ada.id(), client.users().findUniqueOrThrow(User_.id(ada.id()), q -> q.select(User_.ID, User_.EMAIL)).id(),
        "any other shape is rendered at run time");
  }

  @Test
  void createsThatGiveTheUsualColumnsAndDeletesByKeySendTheCompiledSql() {
    StatementCounter statements = new StatementCounter();
    db.addListener(statements);
    User made;
    try {
      made = client.users().create(User.of("usual@compiled.example", "Usual"));
      client.users().create(new User(null, "full@compiled.example", "Full", dev.quarry.it.model.Role.ADMIN, 3, null, null, null));
      client.users().delete(User_.id(made.id()));
    } finally {
      db.removeListener(statements);
    }
    List<String> sent = statements.events().stream().map(e -> e.sql()).toList();
    assertEquals(User_.TABLE.insertSql(0b110L), sent.get(0), "email and name given, the rest left to the database");
    assertTrue(sent.get(1).contains("\"role\", \"logins\""), "a create that gives other columns is rendered at run time: " + sent.get(1));
    assertEquals(User_.TABLE.deleteSql(0), sent.get(2));
    assertEquals("Usual", made.name());
    assertTrue(client.users().findUnique(User_.id(made.id())).isEmpty());
  }

  @Test
  void aProcessThatCreatesFindsAndDeletesByKeyLoadsNeitherTheRendererNorAJsonParser() throws Exception {
    String name = db.queryRaw("select current_database()", rs -> rs.getString(1)).get(0);
    DatabaseUrl own = TestServer.withDatabase(TestDatabase.server(), name);
    Process probe = new ProcessBuilder(ChildJvm.command(LookupProbe.class, own, "-verbose:class")).redirectErrorStream(true).start();
    String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(probe.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, probe.exitValue(), out);

    assertTrue(out.contains("probe@compiled.example Probe"), "the probe created, found and deleted its row: " + out);
    assertEquals(0, client.users().count(User_.EMAIL.eq("probe@compiled.example")));
    List<String> renderer = out.lines().filter(line -> line.contains("class,load") && line.contains(" org.jooq.")).toList();
    // These models hold records as JSON, so their codecs load Jackson's tree types; its parser waits for a JSON column to be read.
    List<String> parser = out.lines().filter(line -> line.contains("class,load") && line.contains(" com.fasterxml.jackson.databind.ObjectMapper "))
        .toList();
    assertEquals(List.of(), renderer.stream().limit(5).toList(), renderer.size() + " jOOQ classes loaded");
    assertEquals(List.of(), parser);
  }
}

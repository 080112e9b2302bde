package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Role;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.query.Query;
import dev.quarry.runtime.sql.Prepared;
import dev.quarry.runtime.sql.Statements;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** SQL is rendered once per query shape; values are bound, and reported to listeners. */
class StatementCacheTest extends ClientTest {

  @Test
  void queriesThatDifferOnlyInValuesShareOneRenderedStatement() {
    Statements statements = new Statements();
    Prepared first = statements.select(User_.TABLE,
        query(q -> q.where(User_.EMAIL.eq("a@example.com").and(User_.LOGINS.gt(1))).take(5)), User_.TABLE.allColumns(), List.of());
    int shapes = statements.cache().size();

    for (int i = 0; i < 20; i++) {
      int logins = i;
      Prepared again = statements.select(User_.TABLE,
          query(q -> q.where(User_.EMAIL.eq("other@example.com").and(User_.LOGINS.gt(logins))).take(9)), User_.TABLE.allColumns(), List.of());
      assertSame(first.sql(), again.sql(), "the same shape reuses the rendered text");
    }
    assertEquals(shapes, statements.cache().size());

    statements.select(User_.TABLE, query(q -> q.where(User_.EMAIL.eq("a@example.com").or(User_.LOGINS.gt(1)))), User_.TABLE.allColumns(),
        List.of());
    assertEquals(shapes + 1, statements.cache().size(), "another shape is rendered once more");
  }

  private static Query<User> query(Consumer<Query<User>> build) {
    Query<User> query = new Query<>();
    build.accept(query);
    return query;
  }

  @Test
  void groupsOrderedByAnotherColumnAreAnotherStatement() {
    client.users().create(new User(null, "g1@example.com", "G1", Role.ADMIN, 0, null, null, null));
    client.users().create(new User(null, "g2@example.com", "G2", Role.USER, 5, null, null, null));

    var byRole = client.users().groupBy(List.of(User_.ROLE, User_.LOGINS), g -> g.count().orderBy(User_.ROLE));
    var byLogins = client.users().groupBy(List.of(User_.ROLE, User_.LOGINS), g -> g.count().orderBy(User_.LOGINS));

    List<Role> roles = byRole.stream().map(group -> group.get(User_.ROLE)).toList();
    List<Integer> logins = byLogins.stream().map(group -> group.get(User_.LOGINS)).toList();
    assertEquals(roles.stream().sorted().toList(), roles);
    assertEquals(logins.stream().sorted().toList(), logins);
  }

  @Test
  void listenersSeeTheSqlAndItsParameters() {
    StatementCounter counter = new StatementCounter();
    db.addListener(counter);
    try {
      client.users().create(User.of("listener@example.com", "L"));
      client.users().findUnique(User_.email("listener@example.com"));
    } finally {
      db.removeListener(counter);
    }

    assertEquals(2, counter.count());
    var find = counter.events().get(1);
    assertTrue(find.sql().startsWith("select \"t0\".\"id\""), find.sql());
    // A unique lookup needs no LIMIT: the statement binds the key alone.
    assertTrue(find.sql().endsWith("where \"t0\".\"email\" = ?"), find.sql());
    assertEquals(List.of("listener@example.com"), find.parameters());
    assertEquals(1, find.rows());
  }
}

package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Role;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;

import java.util.List;

import org.junit.jupiter.api.Test;

/** SQL is rendered once per query shape; values are bound, and reported to listeners. */
class StatementCacheTest extends ClientTest {

  @Test
  void queriesThatDifferOnlyInValuesShareOneRenderedStatement() {
    client.users().findMany(q -> q.where(User_.EMAIL.eq("a@example.com").and(User_.LOGINS.gt(1))).take(5));
    int shapes = db.statements().cache().size();

    for (int i = 0; i < 20; i++) {
      client.users().findMany(q -> q.where(User_.EMAIL.eq("other@example.com").and(User_.LOGINS.gt(7))).take(9));
    }
    assertEquals(shapes, db.statements().cache().size());

    client.users().findMany(q -> q.where(User_.EMAIL.eq("a@example.com").or(User_.LOGINS.gt(1))));
    assertEquals(shapes + 1, db.statements().cache().size(), "another shape is rendered once more");
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

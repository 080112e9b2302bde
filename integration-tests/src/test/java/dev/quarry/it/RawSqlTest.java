package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quarry.it.model.Role;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Raw SQL with bound parameters, read into models, into any record, or run for a count. */
class RawSqlTest extends ClientTest {

  record EmailCount(String domain, long users) {}

  @BeforeAll
  static void start() {
    client.users().create(User.of("a@one.org", "A"));
    client.users().create(User.of("b@one.org", "B"));
    client.users().create(new User(null, "c@two.org", null, Role.ADMIN, null, null, null, null));
  }

  @Test
  void readsRowsIntoAModelByColumnName() {
    List<User> admins = db.queryRaw("select id, email, role from users where role = ?::\"role\"", User_.TABLE, "ADMIN");

    assertEquals(1, admins.size());
    assertEquals("c@two.org", admins.get(0).email());
    assertEquals(Role.ADMIN, admins.get(0).role());
    assertNull(admins.get(0).name(), "a column the query does not return stays null");
  }

  @Test
  void readsRowsIntoAnyRecordWithALambda() {
    List<EmailCount> counts = db.queryRaw(
        "select split_part(email, '@', 2) as domain, count(*) from users group by 1 order by 1",
        rs -> new EmailCount(rs.getString(1), rs.getLong(2)));

    assertEquals(List.of(new EmailCount("one.org", 2), new EmailCount("two.org", 1)), counts);
  }

  @Test
  void bindsEveryParameterAndRunsStatements() {
    int changed = db.executeRaw("update users set name = ? where email like ? and id > ?", "renamed", "%@one.org", 0);

    assertEquals(2, changed);
    assertEquals(1, db.queryRaw("select ?::timestamptz < now()", rs -> rs.getBoolean(1) ? 1 : 0, Instant.EPOCH).get(0));
    assertEquals(0, db.queryRaw("select count(*) from users where email = ?", rs -> rs.getInt(1), "' or '1'='1").get(0));
  }
}

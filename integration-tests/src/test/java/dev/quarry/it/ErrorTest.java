package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;

import dev.quarry.runtime.error.DatabaseException;
import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.error.NotNullException;
import dev.quarry.runtime.error.UniqueConstraintException;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The database's refusals come back as typed exceptions that speak of models and fields. */
class ErrorTest extends ClientTest {

  @Test
  void aUniqueViolationNamesTheModelAndFields() {
    client.users().create(User.of("dup@example.com", null));

    UniqueConstraintException e = assertThrows(UniqueConstraintException.class, () -> client.users().create(User.of("dup@example.com", null)));

    assertEquals("User", e.model());
    assertEquals(List.of("email"), e.fields());
    assertEquals("23505", e.sqlState());
    assertTrue(e.getMessage().startsWith("Unique constraint failed on User.email"), e.getMessage());
    assertInstanceOf(SQLException.class, e.getCause());
  }

  @Test
  void aNotNullViolationNamesTheField() {
    NotNullException e = assertThrows(NotNullException.class,
        () -> db.executeRaw("insert into users (email, role, logins) values (null, 'USER', 0)"));

    assertTrue(e.getMessage().startsWith("User.email is required"), e.getMessage());
  }

  @Test
  void anArithmeticOverflowIsOutOfRangeForTheField() {
    User user = client.users().create(new User(null, "big@example.com", null, null, Integer.MAX_VALUE, null, null, null));

    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> client.users().update(User_.id(user.id()), u -> u.increment(User_.LOGINS, 1)));

    assertTrue(e.getMessage().contains("User.logins"), e.getMessage());
    assertEquals(Integer.MAX_VALUE, client.users().findUniqueOrThrow(User_.id(user.id())).logins());
  }

  @Test
  void anyOtherDatabaseErrorIsWrappedWithItsState() {
    DatabaseException e = assertThrows(DatabaseException.class, () -> db.executeRaw("select * from no_such_table"));

    assertEquals("42P01", e.sqlState());
    assertInstanceOf(SQLException.class, e.getCause());
  }
}

package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Post;
import dev.quarry.it.model.Post_;

import dev.quarry.it.model.Role;
import dev.quarry.it.model.Todo;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;

import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.error.RecordNotFoundException;
import dev.quarry.runtime.error.UniqueConstraintException;
import dev.quarry.runtime.query.AggregateResult;
import dev.quarry.runtime.query.Aggregation;
import dev.quarry.runtime.query.Group;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Create, read, update, upsert, delete, count and aggregates through the generated repositories. */
class CrudTest extends ClientTest {

  @BeforeEach
  void empty() {
    client.todos().deleteMany();
    client.posts().deleteMany();
    client.users().deleteMany();
  }

  @Test
  void createReturnsTheRowWithGeneratedIdAndDefaults() {
    User ada = client.users().create(User.of("ada@example.com", null));

    assertNotNull(ada.id());
    assertEquals(Role.USER, ada.role());
    assertEquals(0, ada.logins());
    assertNull(ada.name());
    assertNull(ada.posts(), "relations are not loaded by create");
    Post post = client.posts().create(Post.of("Hello", ada.id()));
    assertEquals(false, post.published());
    assertNotNull(post.createdAt());
    assertNotNull(post.updatedAt(), "@UpdatedAt is set on create");
  }

  @Test
  void runtimeGeneratedIdsFillEmptyComponents() {
    User ada = client.users().create(User.of("ada@example.com", "Ada"));
    Todo todo = client.todos().create(new Todo(null, "write", null, null, ada.id()));

    assertEquals(24, todo.id().length());
    assertTrue(Character.isLetter(todo.id().charAt(0)));
  }

  @Test
  void aMissingRequiredValueIsRefusedNamingTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> client.users().create(new User(null, null, "Ada", null, null, null, null, null)));

    assertTrue(e.getMessage().contains("User.email is required"), e.getMessage());
  }

  @Test
  void aTooLongValueIsRefusedNamingTheField() {
    String email = "a".repeat(320) + "@example.com";
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> client.users().create(User.of(email, null)));

    assertTrue(e.getMessage().contains("User.email holds at most 320 characters"), e.getMessage());
    assertEquals(0, client.users().count());
  }

  @Test
  void findsByIdByUniqueFirstAndMany() {
    User ada = client.users().create(User.of("ada@example.com", "Ada"));
    client.users().create(User.of("bob@example.com", "Bob"));

    assertEquals(ada, client.users().findUnique(User_.id(ada.id())).orElseThrow());
    assertEquals(ada, client.users().findUniqueOrThrow(User_.email("ada@example.com")));
    assertTrue(client.users().findUnique(User_.email("nobody@example.com")).isEmpty());
    assertEquals("Bob", client.users().findFirstOrThrow(q -> q.orderBy(User_.NAME.desc())).name());
    assertEquals(2, client.users().findMany().size());
    assertEquals(List.of("Ada"), client.users().findMany(User_.NAME.startsWith("A")).stream().map(User::name).toList());
    assertEquals(1, client.users().count(User_.EMAIL.endsWith("@example.com").and(User_.NAME.eq("Bob"))));
  }

  @Test
  void orThrowFormsNameTheModelAndKey() {
    RecordNotFoundException e = assertThrows(RecordNotFoundException.class,
        () -> client.users().findUniqueOrThrow(User_.email("nobody@example.com")));

    assertTrue(e.getMessage().contains("No User where email = nobody@example.com"), e.getMessage());
    assertThrows(RecordNotFoundException.class, () -> client.users().findFirstOrThrow(q -> q.where(User_.NAME.eq("x"))));
  }

  @Test
  void updateChangesOnlyTheFieldsItSets() {
    User ada = client.users().create(new User(null, "ada@example.com", "Ada", Role.ADMIN, 3, null, null, null));

    User updated = client.users().update(User_.id(ada.id()), u -> u.set(User_.NAME, "Ada L."));

    assertEquals("Ada L.", updated.name());
    assertEquals(Role.ADMIN, updated.role());
    assertEquals(3, updated.logins());
    assertEquals("ada@example.com", updated.email());
  }

  @Test
  void atomicArithmeticRunsInTheDatabase() {
    User ada = client.users().create(new User(null, "ada@example.com", null, null, 10, null, null, null));

    assertEquals(13, client.users().update(User_.id(ada.id()), u -> u.increment(User_.LOGINS, 3)).logins());
    assertEquals(11, client.users().update(User_.id(ada.id()), u -> u.decrement(User_.LOGINS, 2)).logins());
    assertEquals(22, client.users().update(User_.id(ada.id()), u -> u.multiply(User_.LOGINS, 2)).logins());
    assertEquals(5, client.users().update(User_.id(ada.id()), u -> u.divide(User_.LOGINS, 4)).logins());
  }

  @Test
  void updatedAtMovesOnEveryUpdate() throws InterruptedException {
    User ada = client.users().create(User.of("ada@example.com", null));
    Post post = client.posts().create(Post.of("Hello", ada.id()));
    Thread.sleep(5);

    Post updated = client.posts().update(Post_.id(post.id()), u -> u.set(Post_.TITLE, "Hello again"));

    assertTrue(updated.updatedAt().isAfter(post.updatedAt()));
    assertEquals(post.createdAt(), updated.createdAt());
  }

  @Test
  void updatingOrDeletingAMissingRowIsNotFound() {
    assertThrows(RecordNotFoundException.class, () -> client.users().update(User_.id(999), u -> u.set(User_.NAME, "x")));
    RecordNotFoundException e = assertThrows(RecordNotFoundException.class, () -> client.users().delete(User_.id(999)));
    assertTrue(e.getMessage().contains("User where id = 999"), e.getMessage());
  }

  @Test
  void settingARequiredFieldToNullIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> client.users().updateMany(User_.ID.gt(0), u -> u.set(User_.EMAIL, null)));
    assertTrue(e.getMessage().contains("User.email is required"), e.getMessage());
  }

  @Test
  void updateManyAndReturn() {
    client.users().create(User.of("a@example.com", "A"));
    client.users().create(User.of("b@example.com", "B"));
    client.users().create(User.of("c@other.org", "C"));

    assertEquals(2, client.users().updateMany(User_.EMAIL.endsWith("@example.com"), u -> u.increment(User_.LOGINS, 1)));
    List<User> changed = client.users().updateManyAndReturn(User_.EMAIL.endsWith("@other.org"), u -> u.set(User_.ROLE, Role.SUPER_ADMIN));
    assertEquals(List.of(Role.SUPER_ADMIN), changed.stream().map(User::role).toList());
    assertEquals(1, client.users().count(User_.ROLE.eq(Role.SUPER_ADMIN)));
    assertEquals(2, client.users().count(User_.LOGINS.eq(1)));
  }

  @Test
  void upsertCreatesThenUpdates() {
    User first = client.users().upsert(User_.email("ada@example.com"), User.of("ada@example.com", "Ada"), u -> u.increment(User_.LOGINS, 1));
    User second = client.users().upsert(User_.email("ada@example.com"), User.of("ada@example.com", "Ada"), u -> u.increment(User_.LOGINS, 1));
    User untouched = client.users().upsert(User_.email("ada@example.com"), User.of("ada@example.com", "Other"), u -> { });

    assertEquals(0, first.logins());
    assertEquals(1, second.logins());
    assertEquals(first.id(), second.id());
    assertEquals("Ada", untouched.name());
    assertEquals(1, client.users().count());
  }

  @Test
  void deleteReturnsTheRowAndDeleteManyCounts() {
    User ada = client.users().create(User.of("ada@example.com", "Ada"));
    client.users().create(User.of("bob@example.com", "Bob"));
    client.users().create(User.of("cy@example.com", "Cy"));

    assertEquals(ada, client.users().delete(User_.id(ada.id())));
    assertEquals(1, client.users().deleteMany(User_.NAME.eq("Bob")));
    assertEquals(1, client.users().count());
  }

  @Test
  void createManyBatchesAndCanSkipDuplicates() {
    List<User> users = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      users.add(User.of("user" + i + "@example.com", i % 2 == 0 ? "even" : null));
    }
    StatementCounter counter = new StatementCounter();
    db.addListener(counter);
    try {
      assertEquals(250, client.users().createMany(users));
    } finally {
      db.removeListener(counter);
    }
    assertEquals(2, counter.count(), "one batch per set of given columns");
    assertEquals(250, client.users().count());
    UniqueConstraintException e = assertThrows(UniqueConstraintException.class, () -> client.users().createMany(users.subList(0, 1)));
    assertEquals(List.of("email"), e.fields());
    assertEquals(1, client.users().createMany(List.of(users.get(0), User.of("new@example.com", null)), dev.quarry.runtime.Duplicates.SKIP));
  }

  @Test
  void createManyAndReturnGivesTheStoredRows() {
    List<User> created = client.users().createManyAndReturn(List.of(User.of("a@example.com", "A"), User.of("b@example.com", null)));

    assertEquals(2, created.size());
    assertTrue(created.stream().allMatch(u -> u.id() != null && u.role() == Role.USER));
  }

  @Test
  void selectAndOmitLeaveOtherFieldsNull() {
    client.users().create(User.of("ada@example.com", "Ada"));

    User selected = client.users().findFirstOrThrow(q -> q.select(User_.ID, User_.EMAIL));
    User omitted = client.users().findFirstOrThrow(q -> q.omit(User_.EMAIL));

    assertNotNull(selected.id());
    assertEquals("ada@example.com", selected.email());
    assertNull(selected.name());
    assertNull(omitted.email());
    assertEquals("Ada", omitted.name());
  }

  @Test
  void pagesWithSkipTakeAndCursor() {
    for (int i = 1; i <= 10; i++) {
      client.users().create(User.of(String.format("u%02d@example.com", i), "n" + i));
    }
    List<String> page = client.users().findMany(q -> q.orderBy(User_.EMAIL.asc()).skip(3).take(2)).stream().map(User::email).toList();
    assertEquals(List.of("u04@example.com", "u05@example.com"), page);

    List<String> fromCursor = client.users().findMany(q -> q.orderBy(User_.EMAIL.asc())
        .cursor(User_.email("u07@example.com")).take(3)).stream().map(User::email).toList();
    assertEquals(List.of("u07@example.com", "u08@example.com", "u09@example.com"), fromCursor);

    List<String> afterCursor = client.users().findMany(q -> q.orderBy(User_.EMAIL.desc())
        .cursor(User_.email("u03@example.com")).skip(1).take(5)).stream().map(User::email).toList();
    assertEquals(List.of("u02@example.com", "u01@example.com"), afterCursor);
  }

  @Test
  void distinctKeepsOneRowPerValue() {
    client.users().create(new User(null, "a@example.com", "same", null, 1, null, null, null));
    client.users().create(new User(null, "b@example.com", "same", null, 2, null, null, null));
    client.users().create(new User(null, "c@example.com", "other", null, 3, null, null, null));

    List<User> distinct = client.users().findMany(q -> q.distinct(User_.NAME).orderBy(User_.LOGINS.desc()));

    assertEquals(List.of("other", "same"), distinct.stream().map(User::name).toList());
    assertEquals(2, distinct.get(1).logins(), "the first row of each name in the query's order");
  }

  @Test
  void aggregatesAndGroupBy() {
    User ada = client.users().create(User.of("ada@example.com", "Ada"));
    User bob = client.users().create(User.of("bob@example.com", "Bob"));
    for (int views : new int[] {10, 20, 30}) {
      client.posts().create(new Post(null, "p" + views, null, true, views, null, null, null, ada.id(), null, null));
    }
    client.posts().create(new Post(null, "draft", null, false, 5, null, null, null, bob.id(), null, null));

    AggregateResult<Post> all = client.posts().aggregate(a -> a.count().sum(Post_.VIEWS).avg(Post_.VIEWS).min(Post_.VIEWS).max(Post_.CREATED_AT));
    assertEquals(4, all.count());
    assertEquals(new BigDecimal("65"), all.sum(Post_.VIEWS));
    assertEquals(0, new BigDecimal("16.25").compareTo(all.avg(Post_.VIEWS)));
    assertEquals(5, all.min(Post_.VIEWS));
    assertTrue(all.max(Post_.CREATED_AT) instanceof Instant);
    AggregateResult<Post> none = client.posts().aggregate(a -> a.where(Post_.VIEWS.gt(1000)).count().sum(Post_.VIEWS));
    assertEquals(0, none.count());
    assertNull(none.sum(Post_.VIEWS));

    List<Group<Post>> groups = client.posts().groupBy(List.of(Post_.AUTHOR_ID), g -> g.count().sum(Post_.VIEWS)
        .having(Aggregation.<Post>count().gt(1)).orderBy(Post_.AUTHOR_ID));
    assertEquals(1, groups.size());
    assertEquals(ada.id(), groups.get(0).get(Post_.AUTHOR_ID));
    assertEquals(3, groups.get(0).count());
    assertEquals(new BigDecimal("60"), groups.get(0).sum(Post_.VIEWS));
    assertFalse(client.posts().groupBy(List.of(Post_.PUBLISHED), g -> g.count().orderByDescending(Aggregation.count())).isEmpty());
  }
}

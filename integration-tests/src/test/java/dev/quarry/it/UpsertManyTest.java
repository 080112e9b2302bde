package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Coupon;
import dev.quarry.it.model.Coupon_;
import dev.quarry.it.model.Product;
import dev.quarry.it.model.Product_;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.error.CheckConstraintException;
import dev.quarry.runtime.error.InvalidQueryException;
import dev.quarry.runtime.error.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** upsertMany: each row created, or the row with its key updated, in multi-row statements, all or nothing. */
class UpsertManyTest extends ClientTest {

  @Test
  void rowsAreCreatedOrUpdateTheRowWithTheirKey() {
    User ada = client.users().create(User.of("ada@upsert.example", "Ada"));
    User grace = client.users().create(User.of("grace@upsert.example", "Grace"));

    int count = client.users().upsertMany(List.of(
        User.of("ada@upsert.example", "Ada Lovelace"),
        User.of("grace@upsert.example", "Grace Hopper"),
        User.of("linus@upsert.example", "Linus")), List.of(User_.EMAIL), List.of(User_.NAME));

    assertEquals(3, count, "two updated, one created");
    User adaNow = client.users().findUniqueOrThrow(User_.email("ada@upsert.example"));
    assertEquals("Ada Lovelace", adaNow.name());
    assertEquals(ada.id(), adaNow.id(), "updated in place, not replaced");
    assertEquals("Grace Hopper", client.users().findUniqueOrThrow(User_.id(grace.id())).name());
    assertEquals("Linus", client.users().findUniqueOrThrow(User_.email("linus@upsert.example")).name());
  }

  @Test
  void returningGivesEveryRowAsStoredAndNoUpdateLeavesExistingRowsAlone() {
    User kept = client.users().create(User.of("kept@upsert.example", "Kept"));

    List<User> stored = client.users().upsertManyAndReturn(List.of(
        User.of("kept@upsert.example", "Not applied"),
        User.of("fresh@upsert.example", "Fresh")), List.of(User_.EMAIL), List.of());

    Map<String, User> byEmail = stored.stream().collect(Collectors.toMap(User::email, Function.identity()));
    assertEquals(2, stored.size());
    assertEquals(kept, byEmail.get("kept@upsert.example"), "the existing row, unchanged");
    assertEquals("Fresh", byEmail.get("fresh@upsert.example").name());
    assertTrue(byEmail.get("fresh@upsert.example").id() != null);
  }

  @Test
  void aPartialUniqueIndexIsAKeyItsConditionNamesForPostgres() {
    Coupon retired = client.coupons().create(new Coupon(null, "SPRING", false, 40));
    Coupon live = client.coupons().create(new Coupon(null, "SPRING", true, 1));

    List<Coupon> stored = client.coupons().upsertManyAndReturn(List.of(new Coupon(null, "SPRING", true, 2),
        new Coupon(null, "SUMMER", true, 0)), List.of(Coupon_.CODE), List.of(Coupon_.USES));

    assertEquals(live.id(), stored.get(0).id(), "the active SPRING coupon, matched through the partial index");
    assertEquals(2, stored.get(0).uses());
    assertEquals(40, client.coupons().findUniqueOrThrow(Coupon_.id(retired.id())).uses(), "the retired one is no conflict");
    assertEquals(3, client.coupons().count());
  }

  @Test
  void manyChunksAreAllOrNothing() {
    long before = client.products().count();
    // 25,000 rows of 3 columns take three statements; the last row breaks the price check.
    List<Product> rows = IntStream.range(0, 25_000)
        .mapToObj(i -> new Product(1_000_000L + i, "u" + (i % 10), new BigDecimal(i == 24_999 ? "-1.00" : "1.00"))).toList();

    CheckConstraintException refused = assertThrows(CheckConstraintException.class,
        () -> client.products().upsertMany(rows, List.of(Product_.ID), List.of(Product_.PRICE)));
    assertEquals("price_not_negative", refused.check());
    assertEquals(before, client.products().count(), "nothing of the first statements was kept");

    assertEquals(24_999, client.products().upsertMany(rows.subList(0, 24_999), List.of(Product_.ID), List.of(Product_.PRICE)));
    assertEquals(24_999, client.products().upsertMany(rows.subList(0, 24_999).stream()
        .map(p -> new Product(p.id(), p.code(), new BigDecimal("2.50"))).toList(), List.of(Product_.ID), List.of(Product_.PRICE)));
    assertEquals(new BigDecimal("2.50"), client.products().findUniqueOrThrow(Product_.id(1_012_345L)).price());
    assertEquals(before + 24_999, client.products().count());
  }

  @Test
  void aKeyThatIsNoUniqueOrGivenTwiceOrMissingIsRefusedBeforeSql() {
    InvalidQueryException notUnique = assertThrows(InvalidQueryException.class,
        () -> client.users().upsertMany(List.of(User.of("x@upsert.example", "X")), List.of(User_.NAME), List.of()));
    assertEquals("upsertMany on User matches rows on [name], which is neither its id nor one of its uniques; use one of [id], [email].",
        notUnique.getMessage());

    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> client.users().upsertMany(
        List.of(User.of("twice@upsert.example", "A"), User.of("other@upsert.example", "B"), User.of("twice@upsert.example", "C")),
        List.of(User_.EMAIL), List.of(User_.NAME)));
    assertEquals("upsertMany on User: rows 0 and 2 have the same [email]; one statement cannot update a row twice, so give each "
        + "key once.", twice.getMessage());

    InvalidValueException missing = assertThrows(InvalidValueException.class,
        () -> client.products().upsertMany(List.of(new Product(null, "abc", BigDecimal.ONE)), List.of(Product_.ID), List.of()));
    assertEquals("upsertMany on Product: every row needs its id, the key rows are matched on.", missing.getMessage());
    assertTrue(client.users().findUnique(User_.email("twice@upsert.example")).isEmpty());
  }
}

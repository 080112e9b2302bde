package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Account;
import dev.quarry.it.model.Account_;
import dev.quarry.runtime.error.InvalidQueryException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Computed}: generated columns the database keeps, read and queried like any, never written. */
class ComputedColumnTest extends ClientTest {

  @Test
  void createsLeaveComputedColumnsToTheDatabaseWhateverTheRecordHolds() {
    Account given = new Account(null, "Computed-a", new BigDecimal("2500.00"), false, "not this", 0);

    Account created = client.accounts().create(given);
    List<Account> many = client.accounts().createManyAndReturn(List.of(
        new Account(null, "computed-b", new BigDecimal("1.00"), true, "nor this", 0),
        Account.of("computed-c", "1000.00")));

    assertTrue(created.premium());
    assertEquals("COMPUTED-A", created.ownerKey());
    assertFalse(many.get(0).premium());
    assertEquals("COMPUTED-B", many.get(0).ownerKey());
    assertTrue(many.get(1).premium());
  }

  @Test
  void anUpdateRecomputesAndQueriesFilterAndSortOnComputedColumns() {
    Account low = client.accounts().create(Account.of("computed-d", "999.99"));

    Account raised = client.accounts().update(Account_.id(low.id()), u -> u.increment(Account_.BALANCE, new BigDecimal("0.01")));

    assertTrue(raised.premium(), "recomputed by the update");
    List<Account> premium = client.accounts().findMany(q -> q.where(Account_.PREMIUM.eq(true).and(Account_.OWNER_KEY.startsWith("COMPUTED-")))
        .orderBy(Account_.OWNER_KEY.desc()));
    assertTrue(premium.stream().allMatch(Account::premium));
    assertTrue(premium.stream().anyMatch(a -> a.id().equals(low.id())));
    assertEquals(premium.stream().map(Account::ownerKey).sorted(java.util.Comparator.reverseOrder()).toList(),
        premium.stream().map(Account::ownerKey).toList());
  }

  @Test
  void anUpdateCannotSetAComputedColumn() {
    Account account = client.accounts().create(Account.of("computed-e", "1.00"));

    InvalidQueryException refused = assertThrows(InvalidQueryException.class,
        () -> client.accounts().update(Account_.id(account.id()), u -> u.set(Account_.PREMIUM, true)));
    InvalidQueryException inUpsertMany = assertThrows(InvalidQueryException.class,
        () -> client.accounts().upsertMany(List.of(account), List.of(Account_.ID), List.of(Account_.OWNER_KEY)));

    assertTrue(refused.getMessage().contains("Account.premium") && refused.getMessage().contains("@Computed"), refused.getMessage());
    assertTrue(inUpsertMany.getMessage().contains("ownerKey"), inUpsertMany.getMessage());
    assertFalse(client.accounts().findUniqueOrThrow(Account_.id(account.id())).premium());
  }
}

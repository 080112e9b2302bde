package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Account;
import dev.quarry.it.model.Account_;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.error.InvalidQueryException;
import dev.quarry.runtime.error.RecordNotFoundException;
import dev.quarry.runtime.error.StaleRecordException;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code @Version}: writes of a row as read succeed only while nobody else has written it since. */
class OptimisticLockingTest extends ClientTest {

  @Test
  void aNewRowStartsAtZeroAndEachUpdateOfTheRowAsReadAddsOne() {
    Account created = client.accounts().create(Account.of("lock-a", "10.00"));
    assertEquals(0, created.version());

    Account first = client.accounts().update(created, u -> u.set(Account_.BALANCE, new BigDecimal("20.00")));
    Account second = client.accounts().update(first, u -> u.set(Account_.BALANCE, new BigDecimal("30.00")));

    assertEquals(1, first.version());
    assertEquals(2, second.version());
    assertEquals(second, client.accounts().findUniqueOrThrow(Account_.id(created.id())));
  }

  @Test
  void anUpdateOfAStaleCopyWritesNothingAndSaysWhoWon() {
    Account read = client.accounts().create(Account.of("lock-b", "100.00"));
    Account theirs = client.accounts().update(read, u -> u.set(Account_.BALANCE, new BigDecimal("150.00")));

    StaleRecordException stale = assertThrows(StaleRecordException.class,
        () -> client.accounts().update(read, u -> u.set(Account_.BALANCE, new BigDecimal("90.00"))));

    assertEquals("Account", stale.model());
    assertEquals(0, stale.expectedVersion());
    assertEquals(1L, stale.currentVersion());
    assertTrue(stale.getMessage().contains("Account where id = " + read.id()) && stale.getMessage().contains("version 0"),
        stale.getMessage());
    assertEquals(theirs, client.accounts().findUniqueOrThrow(Account_.id(read.id())), "the other writer's change stands");
  }

  @Test
  void deletingAStaleCopyIsRefusedAndACurrentOneDeletes() {
    Account read = client.accounts().create(Account.of("lock-c", "5.00"));
    Account current = client.accounts().update(Account_.id(read.id()), u -> u.set(Account_.BALANCE, new BigDecimal("6.00")));
    assertEquals(1, current.version(), "an update by key bumps the version too");

    assertThrows(StaleRecordException.class, () -> client.accounts().delete(read));
    assertEquals(current, client.accounts().delete(current));

    StaleRecordException gone = assertThrows(StaleRecordException.class,
        () -> client.accounts().update(current, u -> u.set(Account_.BALANCE, BigDecimal.ONE)));
    assertNull(gone.currentVersion(), "deleted by another writer");
    assertTrue(gone.getMessage().contains("was deleted"), gone.getMessage());
  }

  @Test
  void updateManyUpsertAndUpsertManyBumpEveryRowTheyChange() {
    Account a = client.accounts().create(Account.of("lock-d1", "1.00"));
    Account b = client.accounts().create(Account.of("lock-d2", "1.00"));

    assertEquals(2, client.accounts().updateMany(Account_.OWNER.startsWith("lock-d"), u -> u.set(Account_.BALANCE, BigDecimal.TEN)));
    Account upserted = client.accounts().upsert(Account_.owner("lock-d1"), Account.of("lock-d1", "0.00"),
        u -> u.set(Account_.BALANCE, new BigDecimal("11.00")));
    List<Account> stored = client.accounts().upsertManyAndReturn(List.of(Account.of("lock-d2", "12.00"), Account.of("lock-d3", "13.00")),
        List.of(Account_.OWNER), List.of(Account_.BALANCE));

    assertEquals(2, upserted.version(), "updateMany, then upsert");
    assertEquals(2, stored.stream().filter(x -> x.owner().equals("lock-d2")).findFirst().orElseThrow().version());
    assertEquals(0, stored.stream().filter(x -> x.owner().equals("lock-d3")).findFirst().orElseThrow().version(), "created");
    assertThrows(StaleRecordException.class, () -> client.accounts().update(a, u -> u.set(Account_.BALANCE, BigDecimal.ZERO)));
    assertThrows(StaleRecordException.class, () -> client.accounts().delete(b));
  }

  @Test
  void ofTwoWritersOfOneReadExactlyOneWins() throws Exception {
    Account read = client.accounts().create(Account.of("lock-e", "100.00"));
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> outcomes = writers.invokeAll(List.of(
          () -> withdraw(read, "30.00", together),
          () -> withdraw(read, "80.00", together)));
      List<String> results = List.of(outcomes.get(0).get(), outcomes.get(1).get());
      assertEquals(1, results.stream().filter("won"::equals).count(), results.toString());
      assertEquals(1, results.stream().filter("stale"::equals).count(), results.toString());
    } finally {
      writers.shutdownNow();
    }
    Account after = client.accounts().findUniqueOrThrow(Account_.id(read.id()));
    assertEquals(1, after.version());
    assertTrue(after.balance().compareTo(new BigDecimal("70.00")) == 0 || after.balance().compareTo(new BigDecimal("20.00")) == 0,
        "one withdrawal, never both: " + after.balance());
  }

  private static String withdraw(Account read, String amount, CyclicBarrier together) throws Exception {
    together.await();
    try {
      client.accounts().update(read, u -> u.set(Account_.BALANCE, read.balance().subtract(new BigDecimal(amount))));
      return "won";
    } catch (StaleRecordException e) {
      return "stale";
    }
  }

  @Test
  void theVersionIsQuarrysAloneToChange() {
    Account read = client.accounts().create(Account.of("lock-f", "1.00"));

    InvalidQueryException set = assertThrows(InvalidQueryException.class,
        () -> client.accounts().update(read, u -> u.set(Account_.VERSION, 7L)));
    InvalidQueryException upsertMany = assertThrows(InvalidQueryException.class,
        () -> client.accounts().upsertMany(List.of(read), List.of(Account_.ID), List.of(Account_.VERSION)));

    assertTrue(set.getMessage().contains("Account.version") && set.getMessage().contains("@Version"), set.getMessage());
    assertTrue(upsertMany.getMessage().contains("version"), upsertMany.getMessage());
    assertEquals(0, client.accounts().findUniqueOrThrow(Account_.id(read.id())).version());
  }

  @Test
  void withoutAVersionARowAsReadIsUpdatedAndDeletedByItsId() {
    User user = client.users().create(User.of("row@lock.example", "Row"));
    User renamed = client.users().update(user, u -> u.set(User_.NAME, "Renamed"));
    User renamedAgain = client.users().update(user, u -> u.set(User_.NAME, "Again"));

    assertEquals("Renamed", renamed.name());
    assertEquals("Again", renamedAgain.name(), "no version: the last writer wins, as by key");
    client.users().delete(user);
    assertThrows(RecordNotFoundException.class, () -> client.users().delete(user));
  }
}

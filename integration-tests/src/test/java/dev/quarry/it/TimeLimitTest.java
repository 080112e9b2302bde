package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.error.QueryTimeoutException;
import dev.quarry.runtime.transaction.TransactionOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Limits Quarry keeps by cancelling the running statement: each statement of a block
 * ({@code Database.withTimeout}) and a whole transaction ({@code withTimeLimit}, Prisma's
 * transaction timeout), each failing with a {@link QueryTimeoutException} that names it.
 */
class TimeLimitTest extends ClientTest {

  @Test
  void aStatementPastItsLimitIsCancelledAndTheNextCallWorks() {
    long start = System.nanoTime();
    QueryTimeoutException e = assertThrows(QueryTimeoutException.class,
        () -> db.withTimeout(Duration.ofMillis(100), () -> db.queryRaw("select pg_sleep(5)", rs -> rs.getString(1))));

    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3_000, "cancelled, not waited out");
    assertEquals(Duration.ofMillis(100), e.limit());
    assertTrue(e.getMessage().contains("limit of 100 ms (Database.withTimeout)"), e.getMessage());
    assertEquals(1, db.queryRaw("select 1", rs -> rs.getInt(1)).get(0), "the connection went back to the pool usable");
    assertEquals(2, db.withTimeout(Duration.ofSeconds(5), () -> db.queryRaw("select 2", rs -> rs.getInt(1)).get(0)),
        "within its limit a statement runs as usual");
  }

  @Test
  void aStatementPastItsLimitInATransactionRollsItBack() {
    QueryTimeoutException e = assertThrows(QueryTimeoutException.class, () -> db.withTimeout(Duration.ofMillis(100),
        () -> client.transaction(tx -> {
          tx.users().create(User.of("limited@example.com", "Limited"));
          return tx.database().queryRaw("select pg_sleep(5)", rs -> rs.getString(1));
        })));

    assertTrue(e.getMessage().contains("its transaction is rolled back"), e.getMessage());
    assertTrue(client.users().findUnique(User_.email("limited@example.com")).isEmpty(), "nothing of it was kept");
  }

  @Test
  void aTransactionPastItsTimeLimitIsRolledBackWhereverItsTimeWent() {
    TransactionOptions limited = TransactionOptions.defaults().withTimeLimit(Duration.ofMillis(300));

    long start = System.nanoTime();
    QueryTimeoutException running = assertThrows(QueryTimeoutException.class, () -> client.transaction(limited, tx -> {
      tx.users().create(User.of("slow-statement@example.com", "Slow"));
      return tx.database().queryRaw("select pg_sleep(5)", rs -> rs.getString(1));
    }));
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3_000, "its running statement was cancelled");
    assertTrue(running.getMessage().contains("time limit of 300 ms (TransactionOptions.withTimeLimit): its running statement was "
        + "cancelled"), running.getMessage());

    QueryTimeoutException idle = assertThrows(QueryTimeoutException.class, () -> client.transaction(limited, tx -> {
      tx.users().create(User.of("slow-body@example.com", "Slow"));
      Thread.sleep(500);
      return tx.users().create(User.of("too-late@example.com", "Late"));
    }));
    assertEquals(Duration.ofMillis(300), idle.limit());
    assertTrue(idle.getMessage().contains("ran past its time limit of 300 ms (TransactionOptions.withTimeLimit) and was rolled back"),
        idle.getMessage());

    assertTrue(client.users().findUnique(User_.email("slow-statement@example.com")).isEmpty());
    assertTrue(client.users().findUnique(User_.email("slow-body@example.com")).isEmpty());
    assertEquals("Quick", client.transaction(limited, tx -> tx.users().create(User.of("quick@example.com", "Quick"))).name(),
        "within its limit a transaction commits");
  }

  @Test
  void limitsAreAtLeastAMillisecond() {
    assertThrows(IllegalArgumentException.class, () -> db.withTimeout(Duration.ZERO, () -> null));
    assertThrows(IllegalArgumentException.class, () -> TransactionOptions.defaults().withTimeLimit(Duration.ofNanos(10)));
  }
}

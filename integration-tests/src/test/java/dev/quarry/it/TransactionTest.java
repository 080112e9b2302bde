package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;

import dev.quarry.runtime.error.QueryTimeoutException;
import dev.quarry.runtime.error.SerializationFailureException;
import dev.quarry.runtime.error.TransactionRolledBackException;
import dev.quarry.runtime.error.UniqueConstraintException;
import dev.quarry.runtime.transaction.IsolationLevel;
import dev.quarry.runtime.transaction.TransactionOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionTest extends ClientTest {

  @BeforeEach
  void empty() {
    db.executeRaw("truncate users restart identity cascade");
  }

  @Test
  void commitsWhenTheWorkReturns() {
    User created = client.transaction(tx -> {
      tx.users().create(User.of("a@example.com", "A"));
      return tx.users().create(User.of("b@example.com", "B"));
    });

    assertEquals("B", created.name());
    assertEquals(2, client.users().count());
  }

  @Test
  void rollsBackOnAnUncheckedException() {
    assertThrows(UniqueConstraintException.class, () -> client.transaction(tx -> {
      tx.users().create(User.of("a@example.com", "A"));
      return tx.users().create(User.of("a@example.com", "again"));
    }));

    assertEquals(0, client.users().count());
  }

  @Test
  void rollsBackOnACheckedExceptionAndWrapsIt() {
    TransactionRolledBackException e = assertThrows(TransactionRolledBackException.class, () -> client.transaction(tx -> {
      tx.users().create(User.of("a@example.com", "A"));
      throw new IOException("disk full");
    }));

    assertInstanceOf(IOException.class, e.getCause());
    assertEquals(0, client.users().count());
  }

  @Test
  void aNestedCallJoinsTheOuterTransaction() {
    assertThrows(IllegalStateException.class, () -> client.transaction(tx -> {
      tx.transaction(inner -> inner.users().create(User.of("inner@example.com", null)));
      throw new IllegalStateException("outer fails");
    }));

    assertEquals(0, client.users().count(), "the inner work was part of the outer transaction");
  }

  @Test
  void aSavepointRollsBackOnlyItsOwnPart() {
    client.transaction(tx -> {
      tx.users().create(User.of("outer@example.com", null));
      assertThrows(UniqueConstraintException.class, () -> tx.transaction(TransactionOptions.defaults().asSavepoint(), inner -> {
        inner.users().create(User.of("inner@example.com", null));
        return inner.users().create(User.of("outer@example.com", null));
      }));
      return tx.users().create(User.of("after@example.com", null));
    });

    assertEquals(2, client.users().count());
    assertTrue(client.users().findUnique(User_.email("inner@example.com")).isEmpty());
  }

  @Test
  void runsAtTheIsolationLevelAsked() {
    String level = client.transaction(TransactionOptions.defaults().withIsolation(IsolationLevel.SERIALIZABLE),
        tx -> db.queryRaw("show transaction_isolation", rs -> rs.getString(1)).get(0));

    assertEquals("serializable", level);
    assertEquals("read committed", db.queryRaw("show transaction_isolation", rs -> rs.getString(1)).get(0));
  }

  /**
   * Two serializable transactions each read the count and insert: PostgreSQL fails one with 40001.
   * Without retries it surfaces as a typed error; with retries the loser runs again and succeeds.
   */
  @Test
  void serializationFailuresAreTypedAndRetriedOnRequest() throws Exception {
    assertInstanceOf(SerializationFailureException.class, conflict(0).getCause());
    db.executeRaw("truncate users restart identity cascade");

    assertEquals(null, conflict(1));
    assertEquals(2, client.users().count());
  }

  private Throwable conflict(int retries) throws Exception {
    CountDownLatch bothRead = new CountDownLatch(2);
    AtomicInteger attempts = new AtomicInteger();
    TransactionOptions options = TransactionOptions.defaults().withIsolation(IsolationLevel.SERIALIZABLE).withRetries(retries);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?>[] runs = new Future<?>[2];
      for (int i = 0; i < 2; i++) {
        String email = "t" + i + "@example.com";
        runs[i] = pool.submit(() -> client.transaction(options, tx -> {
          long seen = tx.users().count();
          if (attempts.incrementAndGet() <= 2) {
            bothRead.countDown();
            bothRead.await(10, TimeUnit.SECONDS);
          }
          return tx.users().create(User.of(email, "saw " + seen));
        }));
      }
      Throwable failure = null;
      for (Future<?> run : runs) {
        try {
          run.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          failure = e;
        }
      }
      return failure;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTransactionsTimeoutCancelsTheSlowStatementRollsBackAndNamesTheLimit() {
    long before = client.users().count();
    QueryTimeoutException limited = assertThrows(QueryTimeoutException.class, () -> client.transaction(
        TransactionOptions.defaults().withTimeout(Duration.ofMillis(200)), tx -> {
          tx.users().create(User.of("slow@example.com", "Slow"));
          return db.queryRaw("select pg_sleep(5)", rs -> 1);
        }));

    assertEquals(Duration.ofMillis(200), limited.limit());
    assertEquals("A statement of the transaction ran past its limit of 200 ms (TransactionOptions.withTimeout) and was cancelled; "
        + "the transaction was rolled back.", limited.getMessage());
    assertEquals(before, client.users().count(), "nothing of the transaction was kept");
    assertEquals(1, db.queryRaw("select 1 from pg_sleep(0.3)", rs -> 1).size(), "the limit was the transaction's alone");

    QueryTimeoutException server = assertThrows(QueryTimeoutException.class, () -> db.transaction(tx -> {
      tx.executeRaw("set local statement_timeout = 100");
      return tx.queryRaw("select pg_sleep(5)", rs -> 1);
    }));
    assertEquals(null, server.limit());
    assertEquals("A statement ran past the server's statement_timeout and was cancelled.", server.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TransactionOptions.defaults().withTimeout(Duration.ZERO));
  }
}

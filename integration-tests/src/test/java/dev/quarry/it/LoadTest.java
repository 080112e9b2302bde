package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.QuarryClient;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.error.UniqueConstraintException;
import dev.quarry.runtime.transaction.IsolationLevel;
import dev.quarry.runtime.transaction.TransactionOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Mixed work on 16 threads over a pool of 4: creates, racing creates of one email, increments,
 * serializable transfers with retries, deletes. Every count comes out exact and no session leaks.
 */
class LoadTest {

  static final int THREADS = 16;
  static final int ROUNDS = 150;

  @Test
  void mixedWorkOnSixteenThreadsLosesNothingAndLeaksNoSession() throws Exception {
    Database db = TestDatabase.fresh();
    String database = db.queryRaw("select current_database()", rs -> rs.getString(1)).get(0);
    QuarryClient client = new QuarryClient(db);
    User bank = client.users().create(User.of("bank@example.com", null));
    client.users().update(User_.id(bank.id()), u -> u.set(User_.LOGINS, 1_000_000));
    AtomicInteger duplicatesRefused = new AtomicInteger();
    AtomicInteger deleted = new AtomicInteger();
    TransactionOptions serializable = TransactionOptions.defaults().withIsolation(IsolationLevel.SERIALIZABLE).withRetries(50);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      work.add(pool.submit(() -> {
        for (int round = 0; round < ROUNDS; round++) {
          User mine = client.users().create(User.of("t" + thread + "-" + round + "@example.com", null));
          client.users().update(User_.id(bank.id()), u -> u.increment(User_.LOGINS, 1));
          client.transaction(serializable, tx -> {
            User from = tx.users().findUniqueOrThrow(User_.id(bank.id()));
            tx.users().update(User_.id(bank.id()), u -> u.set(User_.LOGINS, from.logins() - 10));
            return tx.users().update(User_.id(mine.id()), u -> u.increment(User_.LOGINS, 10));
          });
          try {
            client.users().create(User.of("race-" + round + "@example.com", null));
          } catch (UniqueConstraintException refused) {
            duplicatesRefused.incrementAndGet();
          }
          if (round % 10 == 0) {
            deleted.addAndGet(client.users().deleteMany(User_.EMAIL.eq("t" + thread + "-" + round + "@example.com")));
          }
        }
        return null;
      }));
    }
    for (Future<?> future : work) {
      future.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();

    int operations = THREADS * ROUNDS;
    assertEquals((THREADS - 1) * ROUNDS, duplicatesRefused.get(), "each racing email created exactly once");
    assertEquals(THREADS * (ROUNDS / 10), deleted.get());
    long mine = operations - deleted.get();
    assertEquals(1 + mine + ROUNDS, client.users().count(), "bank, the rows kept, one per race");
    long sumOfMine = client.users().aggregate(a -> a.where(User_.EMAIL.startsWith("t")).sum(User_.LOGINS)).sum(User_.LOGINS).longValue();
    assertEquals(10L * mine, sumOfMine, "every transfer landed once");
    assertEquals(1_000_000 + operations - 10L * operations,
        client.users().findUniqueOrThrow(User_.id(bank.id())).logins().longValue(), "increments and transfers are exact");

    long sessions = db.queryRaw("select count(*) from pg_stat_activity where datname = ? and state like 'idle in transaction%'",
        rs -> rs.getLong(1), database).get(0);
    assertEquals(0, sessions, "no session is left in a transaction");
    db.close();
    try (Database admin = Database.builder().url(TestDatabase.server()).poolSize(1).build()) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      long open;
      do {
        open = admin.queryRaw("select count(*) from pg_stat_activity where datname = ?", rs -> rs.getLong(1), database).get(0);
      } while (open > 0 && System.nanoTime() < deadline);
      assertTrue(open == 0, "closing the database closes every session: " + open + " left");
    }
  }
}

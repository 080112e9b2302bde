package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Post;
import dev.quarry.it.model.Post_;
import dev.quarry.it.model.QuarryClient;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.migrate.MigrationsFolder;
import dev.quarry.migrate.Migrator;
import dev.quarry.migrate.TargetDatabase;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.error.ConfigurationException;
import dev.quarry.runtime.transaction.IsolationLevel;
import dev.quarry.runtime.transaction.TransactionOptions;
import dev.quarry.testing.PgBouncer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Through Debian's PgBouncer in transaction pooling, 32 clients over 3 server connections: with
 * {@code pgbouncer=true} every kind of work finishes with exact counts; without it, the driver's
 * named statements break as users see them; migrations refuse the pooler and ask for the direct URL.
 */
class PgBouncerTest {

  private static final int THREADS = 32;
  private static final int ROUNDS = 25;

  static DatabaseUrl direct;
  static PgBouncer bouncer;

  @BeforeAll
  static void start() {
    direct = TestDatabase.create();
    try (Database database = Database.builder().url(direct).poolSize(1).build()) {
      dev.quarry.migrate.SchemaDdl.create(dev.quarry.runtime.SchemaSnapshots.fromClasspath(PgBouncerTest.class.getClassLoader()))
          .forEach(database::executeRaw);
    }
    bouncer = PgBouncer.start(direct, 3);
  }

  @AfterAll
  static void stop() {
    if (bouncer != null) {
      bouncer.close();
    }
  }

  @Test
  void mixedWorkOfManyClientsFinishesExactlyWithTheSetting() throws Exception {
    try (Database database = Database.builder().url(bouncer.url("pgbouncer=true")).poolSize(THREADS).copyThreshold(50).build()) {
      QuarryClient client = new QuarryClient(database);
      Queue<Throwable> failures = work(client, "with");

      assertEquals(List.of(), new ArrayList<>(failures), "no client failed:\n" + bouncer.log());
      assertEquals(THREADS * ROUNDS, client.users().count(User_.EMAIL.startsWith("with-")));
      assertEquals(THREADS * ROUNDS * 3L, client.users().aggregate(a -> a.where(User_.EMAIL.startsWith("with-")).sum(User_.LOGINS))
          .sum(User_.LOGINS).longValue(), "every increment landed once");
      assertEquals(THREADS * ROUNDS + THREADS * 60L, client.posts().count(Post_.AUTHOR.is(User_.EMAIL.startsWith("with-"))),
          "posts from transactions and from COPY");
    }
  }

  @Test
  void withoutTheSettingTheDriversNamedStatementsBreak() throws Exception {
    try (Database database = Database.builder().url(bouncer.url("")).poolSize(THREADS).build()) {
      Queue<Throwable> failures = work(new QuarryClient(database), "without");

      assertFalse(failures.isEmpty(), "named statements prepared on one server connection are missing on another");
      assertTrue(failures.stream().anyMatch(e -> String.valueOf(e.getMessage()).matches("(?s).*prepared statement \"S_\\d+\" (does not exist|already exists).*")),
          failures.peek().toString());
    }
  }

  @Test
  void migrationsRefuseThePoolerAndNameTheDirectUrl() {
    DatabaseUrl pooled = bouncer.url("pgbouncer=true");

    ConfigurationException opened = assertThrows(ConfigurationException.class,
        () -> TargetDatabase.open(pooled.jdbcUrl(), Path.of("unused"), line -> { }));
    assertTrue(opened.getMessage().contains("goes through PgBouncer") && opened.getMessage().contains("DIRECT_DATABASE_URL"),
        opened.getMessage());
    assertThrows(ConfigurationException.class, () -> Migrator.Settings.of(TestDatabase.dataSource(pooled), pooled,
        MigrationsFolder.read(Path.of("target", "no-migrations"))));

    try (TargetDatabase target = TargetDatabase.open(direct)) {
      assertEquals(direct, target.url(), "the direct URL is taken");
    }
  }

  /**
   * Each thread, each round: a user created and read back, its logins incremented three times
   * (two by update, one in a serializable transaction that also writes a post and checks that no
   * other client's isolation leaked into it); once per thread, 60 posts by COPY.
   */
  private static Queue<Throwable> work(QuarryClient client, String prefix) throws InterruptedException {
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int round = 0; round < ROUNDS; round++) {
          try {
            String email = prefix + "-" + thread + "-" + round + "@example.com";
            User user = client.users().create(User.of(email, "T" + thread));
            client.users().findUniqueOrThrow(User_.email(email));
            client.users().update(User_.id(user.id()), u -> u.increment(User_.LOGINS, 1));
            client.users().update(User_.id(user.id()), u -> u.increment(User_.LOGINS, 1));
            client.transaction(TransactionOptions.defaults().withIsolation(IsolationLevel.SERIALIZABLE).withRetries(5), tx -> {
              tx.users().update(User_.id(user.id()), u -> u.increment(User_.LOGINS, 1));
              tx.posts().create(Post.of("p", user.id()));
              return null;
            });
            String isolation = client.database().queryRaw("show transaction_isolation", rs -> rs.getString(1)).get(0);
            if (!isolation.equals("read committed")) {
              throw new AssertionError("a plain statement ran at " + isolation + ": another client's setting leaked");
            }
            if (round == 0) {
              int author = user.id();
              client.posts().createMany(IntStream.range(0, 60)
                  .mapToObj(i -> Post.of("copied " + i, author)).toList());
            }
          } catch (RuntimeException | AssertionError e) {
            failures.add(e);
          }
        }
      }));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(3, TimeUnit.MINUTES), "the clients finished");
    for (Future<?> future : done) {
      assertTrue(future.isDone());
    }
    return failures;
  }
}

package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.User;
import dev.quarry.it.model.UserRepository;
import dev.quarry.it.model.User_;
import dev.quarry.migrate.SchemaDdl;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.SchemaSnapshots;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.error.ConnectionLostException;
import dev.quarry.runtime.error.ConnectionTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Connections that break under the client: terminated sessions, a cut network, an exhausted pool. */
class ConnectionFaultTest {

  private static Database admin() {
    return Database.builder().url(TestDatabase.server()).poolSize(1).build();
  }

  private static DatabaseUrl withSchema() {
    DatabaseUrl url = TestDatabase.create();
    try (Database db = Database.builder().url(url).poolSize(1).build()) {
      SchemaDdl.create(SchemaSnapshots.fromClasspath(ConnectionFaultTest.class.getClassLoader())).forEach(db::executeRaw);
    }
    return url;
  }

  private static String databaseName(DatabaseUrl url) {
    return url.jdbcUrl().replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
  }

  private static void terminateSessions(Database admin, String database) {
    admin.queryRaw("select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()",
        rs -> rs.getBoolean(1), database);
  }

  private static void awaitSessions(Database admin, String database, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (admin.queryRaw("select count(*) from pg_stat_activity where datname = ?", rs -> rs.getLong(1), database).get(0) < count) {
      assertTrue(System.nanoTime() < deadline, "the pool opened its connections");
      Thread.sleep(20);
    }
  }

  @Test
  void terminatedSessionsNeverReachTheCallerWritesRunOnce() throws Exception {
    DatabaseUrl url = withSchema();
    try (Database admin = admin(); Database db = Database.builder().url(url).poolSize(4).build()) {
      UserRepository users = new UserRepository(db);
      users.count();
      awaitSessions(admin, databaseName(url), 4);

      terminateSessions(admin, databaseName(url));

      User created = users.create(User.of("after@example.com", "After"));
      assertEquals(1L, users.count(User_.EMAIL.eq("after@example.com")));
      assertEquals("After", users.findUniqueOrThrow(User_.id(created.id())).name());
      assertEquals(1, users.update(User_.id(created.id()), u -> u.set(User_.NAME, "Again")).name().equals("Again") ? 1 : 0);
      assertEquals(1L, users.count(), "the create ran once");
    }
  }

  @Test
  void aCutLinkRaisesConnectionLostWithinTheSocketTimeoutAndTheNextCallHeals() throws Exception {
    DatabaseUrl url = withSchema();
    String hostPort = url.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
    String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.lastIndexOf(':')) : hostPort;
    int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)) : 5432;
    try (TcpRelay relay = new TcpRelay(host, port)) {
      DatabaseUrl relayed = new DatabaseUrl("jdbc:postgresql://127.0.0.1:" + relay.port() + "/" + databaseName(url), url.user(),
          url.password());
      try (Database db = Database.builder().url(relayed).poolSize(2).socketTimeout(Duration.ofSeconds(1))
          .connectionTimeout(Duration.ofSeconds(2)).build()) {
        UserRepository users = new UserRepository(db);
        assertEquals(0L, users.count());

        relay.partition();
        ConnectionLostException lost = assertTimeoutPreemptively(Duration.ofSeconds(15),
            () -> assertThrows(ConnectionLostException.class, users::count));
        assertEquals("08006", lost.sqlState());
        assertTrue(lost.getMessage().startsWith("The connection to the database was lost"), lost.getMessage());

        relay.heal();
        assertEquals(0L, users.count(), "the pool replaced the broken connections");
      }
    }
  }

  @Test
  void anExhaustedPoolNamesItsSizeAndWhatIsBusy() throws Exception {
    DatabaseUrl url = withSchema();
    try (Database db = Database.builder().url(url).poolSize(1).connectionTimeout(Duration.ofMillis(300)).build()) {
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> db.transaction(tx -> {
        db.queryRaw("select 1", rs -> rs.getInt(1));
        holding.countDown();
        release.await();
        return null;
      }));
      assertTrue(holding.await(10, TimeUnit.SECONDS), "the transaction holds the only connection");

      ConnectionTimeoutException e = assertThrows(ConnectionTimeoutException.class, () -> new UserRepository(db).count());

      assertTrue(e.getMessage().contains("1 of the pool's 1 connections were in use"), e.getMessage());
      assertTrue(e.getMessage().contains("poolSize"), e.getMessage());
      release.countDown();
      holder.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aTransactionWhoseSessionIsTerminatedFailsTypedAndReleasesQuietly() throws Exception {
    DatabaseUrl url = withSchema();
    List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger logger = Logger.getLogger("dev.quarry.sql");
    logger.addHandler(capture);
    try (Database admin = admin(); Database db = Database.builder().url(url).poolSize(2).build()) {
      UserRepository users = new UserRepository(db);
      assertThrows(ConnectionLostException.class, () -> db.transaction(tx -> {
        users.create(User.of("inside@example.com", null));
        int pid = db.queryRaw("select pg_backend_pid()", rs -> rs.getInt(1)).get(0);
        admin.queryRaw("select pg_terminate_backend(?)", rs -> rs.getBoolean(1), pid);
        return users.create(User.of("second@example.com", null));
      }));

      assertEquals(0L, users.count(), "the transaction did not commit");
      assertTrue(records.stream().noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue() || r.getThrown() != null),
          records.stream().map(LogRecord::getMessage).toList().toString());
    } finally {
      logger.removeHandler(capture);
    }
  }
}

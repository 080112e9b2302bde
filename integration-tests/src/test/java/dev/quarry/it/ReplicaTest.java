package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.QuarryClient;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.migrate.SchemaDdl;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.SchemaSnapshots;
import dev.quarry.runtime.WritePosition;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.event.QueryEvent;
import dev.quarry.testing.StreamingReplica;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A primary and a streaming replica made by {@code initdb} and {@code pg_basebackup -R}: reads
 * outside transactions go to the replica, a caller reads its own writes even while the replica's
 * replay is paused, and a stopped replica only sends reads to the primary until it is back.
 */
class ReplicaTest {

  static StreamingReplica cluster;
  static Database database;
  static QuarryClient client;
  static final Queue<QueryEvent> events = new ConcurrentLinkedQueue<>();
  static ExecutorService other;

  @BeforeAll
  static void start() {
    cluster = StreamingReplica.start();
    database = Database.builder().url(cluster.primary()).replica(cluster.replica()).poolSize(4)
        .readYourWritesWait(Duration.ofSeconds(2)).listener(events::add).build();
    SchemaDdl.create(SchemaSnapshots.fromClasspath(ReplicaTest.class.getClassLoader())).forEach(database::executeRaw);
    client = new QuarryClient(database);
    other = Executors.newSingleThreadExecutor();
  }

  @AfterAll
  static void stop() {
    if (other != null) {
      other.shutdownNow();
    }
    if (database != null) {
      database.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @BeforeEach
  void resumeReplay() throws SQLException {
    replica("select pg_wal_replay_resume()");
    events.clear();
  }

  @Test
  void readsOutsideTransactionsLandOnTheReplicaAndWritesOnThePrimary() throws SQLException {
    User ada = client.users().create(User.of("ada@replica.example", "Ada"));
    events.clear();

    assertEquals(ada, client.users().findUnique(User_.email("ada@replica.example")).orElseThrow(), "read back after the replica replayed it");
    assertEquals("replica", only("select").target());
    assertTrue(replicaIsInRecovery(), "the replica is a hot standby");

    events.clear();
    client.users().update(User_.id(ada.id()), u -> u.increment(User_.LOGINS, 1));
    client.transaction(tx -> tx.users().findUnique(User_.id(ada.id())));
    assertTrue(events.stream().allMatch(event -> event.target().equals("primary")), "writes and transactions use the primary: " + events);
  }

  @Test
  void aCallerReadsItsOwnWriteWhileReplayIsPausedAndOthersSeeTheReplica() throws Exception {
    pauseReplay();

    User grace = client.users().create(User.of("grace@replica.example", "Grace"));
    events.clear();
    assertEquals(grace, client.users().findUnique(User_.email("grace@replica.example")).orElseThrow(), "its own write, though replay is paused");
    assertEquals("primary", only("select").target(), "the replica had not replayed it: the primary answered");

    events.clear();
    assertNull(onAnotherThread(() -> client.users().findUnique(User_.email("grace@replica.example")).orElse(null)),
        "a thread that did not write reads the replica, which is behind: " + events);
    assertEquals("replica", only("select").target());
    assertEquals(grace, onAnotherThread(() -> client.onPrimary(() -> client.users().findUnique(User_.email("grace@replica.example")).orElseThrow())),
        "onPrimary reads the latest");

    replica("select pg_wal_replay_resume()");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (onAnotherThread(() -> client.users().findUnique(User_.email("grace@replica.example")).isEmpty())) {
      assertTrue(System.nanoTime() < deadline, "the replica caught up after replay resumed");
      Thread.sleep(20);
    }
  }

  @Test
  void aWritePositionCarriesAWriteToAnotherThread() throws Exception {
    pauseReplay();
    client.users().create(User.of("token@replica.example", "Token"));
    WritePosition written = database.lastWrite();
    WritePosition carried = WritePosition.parse(written.toString());

    assertTrue(written.lsn() > 0);
    assertEquals(written, carried, "through its text form, as in a header");
    assertTrue(onAnotherThread(() -> client.users().findUnique(User_.email("token@replica.example")).isEmpty()),
        "without the position: the replica, which is behind");
    assertEquals("Token", onAnotherThread(() -> database.readingAfter(carried,
        () -> client.users().findUniqueOrThrow(User_.email("token@replica.example")).name())));
    assertEquals(WritePosition.NONE, onAnotherThread(database::lastWrite), "the borrowed position ends with the block");
  }

  @Test
  void theEnvironmentNamesThePrimaryAndItsReplicas() throws Exception {
    // DATABASE_URL and QUARRY_REPLICA_URLS, as their system properties.
    System.setProperty("quarry.databaseUrl", cluster.primary().jdbcUrl() + "?user=postgres");
    System.setProperty("quarry.replicaUrls", " " + cluster.replica().jdbcUrl() + "?user=postgres ,");
    try (Database fromEnvironment = Database.fromEnvironment()) {
      Queue<QueryEvent> seen = new ConcurrentLinkedQueue<>();
      fromEnvironment.addListener(seen::add);
      QuarryClient environmentClient = new QuarryClient(fromEnvironment);

      onAnotherThread(() -> environmentClient.users().count());
      assertEquals(List.of("replica"), seen.stream().map(QueryEvent::target).toList(), "a read on the replica the environment names");
    } finally {
      System.clearProperty("quarry.databaseUrl");
      System.clearProperty("quarry.replicaUrls");
    }
  }

  @Test
  void aStoppedReplicaSendsReadsToThePrimaryUntilItIsBack() throws Exception {
    client.users().create(User.of("linus@replica.example", "Linus"));
    cluster.stopReplica();
    try {
      events.clear();
      for (int i = 0; i < 5; i++) {
        assertEquals("Linus", client.users().findUniqueOrThrow(User_.email("linus@replica.example")).name());
      }
      // A read that found the replica gone is reported as failed there, and answered by the primary.
      assertTrue(events.stream().filter(e -> e.operation().equals("select") && !e.failed()).allMatch(e -> e.target().equals("primary")),
          events.toString());
    } finally {
      cluster.startReplica();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    do {
      assertTrue(System.nanoTime() < deadline, "reads went back to the replica once it was up: " + events);
      events.clear();
      Thread.sleep(100);
      onAnotherThread(() -> client.users().count());
    } while (!only("select").target().equals("replica"));
  }

  /** Pauses replay and waits until it is paused: the request takes effect at the next WAL record, which a write on the side brings. */
  private static void pauseReplay() throws Exception {
    replica("select pg_wal_replay_pause()");
    database.executeRaw("create table if not exists replay_nudge (at timestamptz)");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!replicaValue("select pg_get_wal_replay_pause_state()").equals("paused")) {
      assertTrue(System.nanoTime() < deadline, "replay paused");
      database.executeRaw("insert into replay_nudge values (now())");
      Thread.sleep(10);
    }
  }

  private static String replicaValue(String sql) throws SQLException {
    try (Connection connection = connect(cluster.replica()); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static QueryEvent only(String operation) {
    List<QueryEvent> matching = events.stream().filter(event -> event.operation().equals(operation)).toList();
    assertEquals(1, matching.size(), events.toString());
    return matching.get(0);
  }

  private static <T> T onAnotherThread(Callable<T> work) throws Exception {
    return other.submit(work).get(30, TimeUnit.SECONDS);
  }

  private static boolean replicaIsInRecovery() throws SQLException {
    return replicaValue("select pg_is_in_recovery()").equals("t");
  }

  private static void replica(String sql) throws SQLException {
    try (Connection connection = connect(cluster.replica()); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Connection connect(DatabaseUrl url) throws SQLException {
    return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
  }
}

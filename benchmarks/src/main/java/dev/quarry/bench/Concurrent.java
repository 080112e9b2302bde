package dev.quarry.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.model.QuarryClient;
import dev.quarry.bench.model.User;
import dev.quarry.bench.model.User_;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DataSources;
import dev.quarry.testing.PgBouncer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Sixteen threads, each call a find by id and an update by id, over 16 pooled connections:
 * straight to PostgreSQL ({@code mix}), and through PgBouncer in transaction pooling over 4 server
 * connections ({@code bouncerMix}, raw JDBC with {@code prepareThreshold=0}, Quarry with
 * {@code pgbouncer=true}).
 */
public class Concurrent {

  static final int THREADS = 16;

  /** The pools and clients of the concurrent runs, and PgBouncer before the run's database. */
  @State(Scope.Benchmark)
  public static class Topology {
    HikariDataSource direct;
    Database directDatabase;
    QuarryClient directQuarry;
    PgBouncer bouncer;
    HikariDataSource pooled;
    Database pooledDatabase;
    QuarryClient pooledQuarry;

    @Setup(Level.Trial)
    public void start(Db db) {
      direct = DataSources.pooled(db.url, THREADS);
      directDatabase = Database.connect(direct);
      directQuarry = new QuarryClient(directDatabase);
      bouncer = PgBouncer.start(db.url, 4);
      pooled = DataSources.pooled(bouncer.url("pgbouncer=true"), THREADS);
      pooledDatabase = Database.connect(pooled);
      pooledQuarry = new QuarryClient(pooledDatabase);
    }

    @TearDown(Level.Trial)
    public void stop() {
      directDatabase.close();
      direct.close();
      pooledDatabase.close();
      pooled.close();
      bouncer.close();
    }
  }

  private static User rawMix(HikariDataSource pool, long id) throws SQLException {
    try (Connection c = pool.getConnection()) {
      User user;
      try (PreparedStatement s = c.prepareStatement("select " + Reads.USER_COLUMNS + " from users where id = ?")) {
        s.setLong(1, id);
        try (ResultSet rs = s.executeQuery()) {
          user = rs.next() ? Reads.user(rs) : null;
        }
      }
      try (PreparedStatement s = c.prepareStatement("update users set name = ? where id = ?")) {
        s.setString(1, "Renamed");
        s.setLong(2, id);
        s.executeUpdate();
      }
      return user;
    }
  }

  private static User quarryMix(QuarryClient quarry, long id) {
    User user = quarry.users().findUnique(User_.id(id)).orElse(null);
    quarry.users().updateMany(User_.ID.eq(id), u -> u.set(User_.NAME, "Renamed"));
    return user;
  }

  @Benchmark
  @Threads(THREADS)
  public User mixRaw(Db db, Topology topology) throws SQLException {
    return rawMix(topology.direct, db.userId());
  }

  @Benchmark
  @Threads(THREADS)
  public User mixQuarry(Db db, Topology topology) {
    return quarryMix(topology.directQuarry, db.userId());
  }

  @Benchmark
  @Threads(THREADS)
  public User bouncerMixRaw(Db db, Topology topology) throws SQLException {
    return rawMix(topology.pooled, db.userId());
  }

  @Benchmark
  @Threads(THREADS)
  public User bouncerMixQuarry(Db db, Topology topology) {
    return quarryMix(topology.pooledQuarry, db.userId());
  }
}

package dev.quarry.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.hibernate.HPost;
import dev.quarry.bench.hibernate.HUser;
import dev.quarry.bench.model.QuarryClient;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.SchemaSnapshots;
import dev.quarry.runtime.config.DataSources;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.migrate.SchemaDdl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.jdbi.v3.core.Jdbi;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One database per benchmark run, on the server {@code quarry.bench.url} names (the report starts
 * an embedded one), with 1,000 users and 10 posts each, and every contender connected to it
 * through the same pool.
 */
@State(Scope.Benchmark)
public class Db {

  static final int USERS = 1_000;
  static final int POSTS_PER_USER = 10;

  public HikariDataSource pool;
  public Database database;
  public QuarryClient quarry;
  /** Quarry with COPY turned off, to measure its batch path. */
  public QuarryClient quarryBatching;
  private Database batching;
  public DSLContext jooq;
  public Jdbi jdbi;
  private SessionFactory hibernate;
  public final AtomicLong sequence = new AtomicLong();
  private DatabaseUrl server;
  private String name;
  /** The run's database. */
  public DatabaseUrl url;

  @Setup(Level.Trial)
  public void start() throws Exception {
    server = DatabaseUrl.parse(System.getProperty("quarry.bench.url",
        System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres")));
    name = "quarry_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    url = new DatabaseUrl(server.jdbcUrl().replaceFirst("(//[^/]*/)[^?]*", "$1" + name), server.user(), server.password());
    pool = DataSources.pooled(url, 4);
    database = Database.connect(pool);
    SchemaDdl.create(SchemaSnapshots.fromClasspath(Db.class.getClassLoader())).forEach(database::executeRaw);
    database.executeRaw("insert into users (email, name) select 'user' || g || '@example.com', 'User ' || g from generate_series(1, " + USERS + ") g");
    database.executeRaw("insert into posts (title, content, author_id) select 'Post ' || g, 'Text', 1 + (g % " + USERS + ") "
        + "from generate_series(1, " + USERS * POSTS_PER_USER + ") g");
    // Settle the server before measuring: nothing left for autovacuum, no checkpoint due.
    database.executeRaw("vacuum analyze");
    try {
      database.executeRaw("checkpoint");
    } catch (RuntimeException e) {
      System.err.println("No checkpoint before measuring (" + e.getMessage() + "): figures may carry its cost.");
    }
    quarry = new QuarryClient(database);
    batching = Database.builder().dataSource(pool).copyThreshold(Integer.MAX_VALUE).build();
    quarryBatching = new QuarryClient(batching);
    jooq = DSL.using(pool, SQLDialect.POSTGRES);
    jdbi = Jdbi.create(pool);
  }

  /** Hibernate, built on first use: only its own benchmarks pay for building the session factory. */
  public SessionFactory hibernate() {
    if (hibernate == null) {
      Configuration configuration = new Configuration().addAnnotatedClass(HUser.class).addAnnotatedClass(HPost.class);
      configuration.getProperties().put("hibernate.connection.datasource", pool);
      configuration.setProperty("hibernate.show_sql", "false");
      hibernate = configuration.buildSessionFactory();
    }
    return hibernate;
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    if (hibernate != null) {
      hibernate.close();
    }
    batching.close();
    pool.close();
    // The run's database goes with it, so a server used for benchmarks does not fill up.
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }

  /** A fresh, unique email. */
  public String email() {
    return "new" + sequence.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
  }

  /** An existing user id, spread over the table. */
  public long userId() {
    return 1 + (sequence.incrementAndGet() * 7919) % USERS;
  }
}

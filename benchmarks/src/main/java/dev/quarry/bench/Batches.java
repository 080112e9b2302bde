package dev.quarry.bench;

import dev.quarry.bench.model.Post;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.postgresql.PGConnection;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 10,000 rows in one go: as a batch of inserts in one transaction (the pool rewrites batches into
 * multi-row inserts), and as a bulk load with COPY.
 */
public class Batches {

  static final int ROWS = 10_000;

  /** The rows to insert, made once. */
  @State(Scope.Thread)
  public static class Rows {
    public List<Post> posts;

    @Setup(Level.Trial)
    public void make() {
      posts = new ArrayList<>(ROWS);
      for (int i = 0; i < ROWS; i++) {
        posts.add(new Post(null, "Batch " + i, "Text", null, null, 1 + (i % Db.USERS)));
      }
    }
  }

  @Benchmark
  public int batchRaw(Db db, Rows rows) throws SQLException {
    try (Connection c = db.pool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("insert into posts (title, content, author_id) values (?, ?, ?)")) {
        for (Post post : rows.posts) {
          s.setString(1, post.title());
          s.setString(2, post.content());
          s.setLong(3, post.authorId());
          s.addBatch();
        }
        int total = s.executeBatch().length;
        c.commit();
        return total;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /** Quarry's batch path: a client whose createMany never switches to COPY. */
  @Benchmark
  public int batchQuarry(Db db, Rows rows) {
    return db.quarryBatching.transaction(tx -> tx.posts().createMany(rows.posts));
  }

  /** The limit of a bulk load: COPY of hand-written text (the rows hold no character to escape). */
  @Benchmark
  public long bulkRaw(Db db, Rows rows) throws SQLException {
    try (Connection c = db.pool.getConnection()) {
      StringBuilder text = new StringBuilder(ROWS * 32);
      for (Post post : rows.posts) {
        text.append(post.title()).append('\t').append(post.content()).append('\t').append(post.authorId()).append('\n');
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      try {
        return c.unwrap(PGConnection.class).getCopyAPI()
            .copyIn("copy posts (title, content, author_id) from stdin", new ByteArrayInputStream(bytes));
      } catch (IOException e) {
        throw new SQLException(e);
      }
    }
  }

  /** Quarry's createMany as it is: 10,000 rows are past the threshold, so it loads them with COPY. */
  @Benchmark
  public int bulkQuarry(Db db, Rows rows) {
    return db.quarry.posts().createMany(rows.posts);
  }
}

package dev.quarry.bench;

import dev.quarry.bench.model.Post;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Batch insert of 10,000 rows in one transaction (the pool rewrites batches into multi-row inserts). */
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

  @Benchmark
  public int batchQuarry(Db db, Rows rows) {
    return db.quarry.transaction(tx -> tx.posts().createMany(rows.posts));
  }
}

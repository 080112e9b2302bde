package dev.quarry.bench;

import dev.quarry.bench.model.Post;
import dev.quarry.bench.model.Post_;
import dev.quarry.bench.model.User;
import dev.quarry.bench.model.User_;
import dev.quarry.runtime.query.Query;
import dev.quarry.runtime.query.Update;
import dev.quarry.runtime.sql.Prepared;
import dev.quarry.runtime.sql.Statements;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Quarry's own work per statement, with no database: describing the query, finding its SQL by
 * shape and collecting the values to bind. What the other benchmarks measure beyond this is the
 * driver, the network and the server.
 */
public class Overhead {

  private static final int[] USER_COLUMNS = {0, 1, 2, 3};
  private static final int[] POST_COLUMNS = {0, 1, 2, 3, 4};

  /** A warm statement cache, as an application has after its first requests. */
  @State(Scope.Thread)
  public static class Cache {
    final Statements statements = new Statements();
    long id;

    long nextId() {
      return 1 + (id++ % Db.USERS);
    }
  }

  @Benchmark
  public Prepared findById(Cache cache) {
    Query<User> query = new Query<>();
    query.where(User_.id(cache.nextId()).toFilter());
    return cache.statements.select(User_.TABLE, query, USER_COLUMNS, List.of());
  }

  @Benchmark
  public Prepared filterOrderTake(Cache cache) {
    Query<Post> query = new Query<>();
    query.where(Post_.AUTHOR_ID.eq(cache.nextId())).orderBy(Post_.CREATED_AT.desc()).take(10);
    return cache.statements.select(Post_.TABLE, query, POST_COLUMNS, List.of());
  }

  @Benchmark
  public Prepared update(Cache cache) {
    Update<User> update = new Update<>();
    update.set(User_.NAME, "Renamed");
    return cache.statements.update(User_.TABLE, User_.ID.eq(cache.nextId()), update.assignments(), false);
  }
}

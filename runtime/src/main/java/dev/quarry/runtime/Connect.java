package dev.quarry.runtime;

import dev.quarry.runtime.meta.RelationLink;
import dev.quarry.runtime.query.ToMany;
import dev.quarry.runtime.query.ToOne;
import dev.quarry.runtime.query.UniqueWhere;
import java.util.ArrayList;
import java.util.List;

/**
 * Existing rows to relate a new row to, in a create. Filled in by a lambda
 * ({@code c -> c.connect(User_.POSTS, Post_.id(4), Post_.id(7))}).
 *
 * @param <M> the model created
 */
public final class Connect<M> {

  /**
   * Rows to connect through one relation.
   *
   * @param link the relation
   * @param targets the rows, each by a unique key
   */
  public record Target(RelationLink link, List<UniqueWhere<?>> targets) {}

  private final List<Target> targets = new ArrayList<>();

  Connect() {}

  /** Connects the row a single relation points to. */
  public <R> Connect<M> connect(ToOne<M, R> relation, UniqueWhere<R> target) {
    targets.add(new Target(relation.link(), List.of(target)));
    return this;
  }

  /** Connects rows to a list relation. */
  @SafeVarargs
  public final <R> Connect<M> connect(ToMany<M, R> relation, UniqueWhere<R>... rows) {
    List<UniqueWhere<?>> list = new ArrayList<>();
    for (UniqueWhere<R> row : rows) {
      list.add(row);
    }
    targets.add(new Target(relation.link(), list));
    return this;
  }

  /** What to connect. */
  public List<Target> targets() {
    return List.copyOf(targets);
  }
}

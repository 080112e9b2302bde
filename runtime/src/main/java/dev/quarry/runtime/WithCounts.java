package dev.quarry.runtime;

import dev.quarry.runtime.query.ToMany;
import java.util.Map;

/**
 * A row with the number of related rows of some of its to-many relations, read in the same
 * query (the related rows themselves are not loaded).
 *
 * @param <M> the model
 * @param row the row
 * @param counts the counts by relation field name
 */
public record WithCounts<M>(M row, Map<String, Long> counts) {

  public WithCounts {
    counts = Map.copyOf(counts);
  }

  /** The number of rows related through {@code relation}. */
  public long count(ToMany<M, ?> relation) {
    Long count = counts.get(relation.link().field());
    if (count == null) {
      throw new IllegalArgumentException("The query did not count " + relation.link().field());
    }
    return count;
  }
}

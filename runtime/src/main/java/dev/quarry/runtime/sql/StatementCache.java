package dev.quarry.runtime.sql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered SQL by query shape. A shape is everything about a query but its values, so an
 * application has a bounded number of them; should a pathological one grow past the limit, the
 * cache starts over rather than grow without bound.
 */
public final class StatementCache {

  private static final int LIMIT = 10_000;

  private final Map<String, RenderedSql> byShape = new ConcurrentHashMap<>();

  RenderedSql get(String shape, Supplier<RenderedSql> render) {
    RenderedSql cached = byShape.get(shape);
    if (cached != null) {
      return cached;
    }
    if (byShape.size() >= LIMIT) {
      byShape.clear();
    }
    RenderedSql rendered = render.get();
    byShape.put(shape, rendered);
    return rendered;
  }

  /** The number of shapes rendered and kept. */
  public int size() {
    return byShape.size();
  }
}

package dev.quarry.runtime;

import dev.quarry.runtime.jdbc.Executor;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.sql.Prepared;
import java.util.List;

/**
 * Reads a materialized view, and refreshes it: the view keeps the rows its query gave when it was
 * last refreshed. Generated repositories of {@code @View(sql = ..., materialized = true)} models
 * extend this class.
 *
 * @param <M> the model
 */
public abstract class MaterializedViewRepository<M> extends ReadRepository<M> {

  /** A repository of the materialized view {@code table} on {@code database}. */
  protected MaterializedViewRepository(Database database, ModelTable<M> table) {
    super(database, table);
  }

  /**
   * Runs the view's query again and keeps its rows. With an id, the view has a unique index and
   * refreshes {@code CONCURRENTLY}: readers keep seeing the previous rows meanwhile, never an
   * empty or locked view; without one, reads wait for the refresh.
   */
  public void refresh() {
    String concurrently = table.primaryKey() != null ? "concurrently " : "";
    Executor executor = executor();
    executor.execute(new Prepared("refresh materialized view " + concurrently + quoted(table.table()), List.of()));
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}

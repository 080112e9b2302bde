package dev.quarry.runtime.event;

import java.time.Duration;
import java.util.List;

/**
 * One statement the runtime ran.
 *
 * @param sql the SQL, with {@code ?} placeholders
 * @param parameters the bound values (enum labels, JSON text); empty for batches
 * @param duration how long the database took
 * @param rows the rows read or changed, or -1 when it failed
 * @param batchSize how many parameter sets a batch carried, 1 for a single statement
 * @param model the model whose table the statement names first, or {@code null} (raw SQL on other tables)
 * @param operation the statement's kind: {@code select}, {@code insert}, {@code update}, {@code delete}, {@code copy} or {@code other}
 * @param table the table the statement names first, or {@code null}
 * @param target where it ran: {@code primary}, or {@code replica} for a read a replica served
 */
public record QueryEvent(String sql, List<Object> parameters, Duration duration, int rows, int batchSize, String model,
    String operation, String table, String target) {

  /** Whether the statement failed. */
  public boolean failed() {
    return rows < 0;
  }
}

package dev.quarry.runtime.sql;

import java.util.List;

/**
 * A statement ready to run: its SQL with {@code ?} placeholders and the values in placeholder
 * order.
 *
 * @param sql the SQL
 * @param binds the values, one per placeholder
 */
public record Prepared(String sql, List<Bind> binds) {}

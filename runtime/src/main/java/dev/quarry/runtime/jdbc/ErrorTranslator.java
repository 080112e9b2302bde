package dev.quarry.runtime.jdbc;

import dev.quarry.runtime.error.CheckConstraintException;
import dev.quarry.runtime.error.DatabaseException;
import dev.quarry.runtime.error.ForeignKeyException;
import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.error.NotNullException;
import dev.quarry.runtime.error.QuarryException;
import dev.quarry.runtime.error.QueryTimeoutException;
import dev.quarry.runtime.error.SerializationFailureException;
import dev.quarry.runtime.error.UniqueConstraintException;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns a JDBC error into a typed exception whose message speaks of models and fields. */
final class ErrorTranslator {

  private final ConstraintCatalog catalog;

  ErrorTranslator(ConstraintCatalog catalog) {
    this.catalog = catalog;
  }

  QuarryException translate(SQLException thrown) {
    SQLException lost = ConnectionErrors.lost(thrown);
    if (lost != null) {
      return ConnectionErrors.lostConnection(lost, true, false);
    }
    QuarryException connection = ConnectionErrors.explain(thrown, null);
    if (connection != null) {
      return connection;
    }
    // A failed batch reports the statement's own error as its next exception.
    SQLException e = thrown;
    while (!(e instanceof PSQLException p && p.getServerErrorMessage() != null) && e.getNextException() != null) {
      e = e.getNextException();
    }
    String state = e.getSQLState();
    ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    String constraint = server == null ? null : server.getConstraint();
    String table = server == null ? null : server.getTable();
    String column = server == null ? null : server.getColumn();
    String detail = server == null || server.getDetail() == null ? "" : " (" + server.getDetail() + ")";
    if (state == null) {
      return new DatabaseException("Database error: " + e.getMessage(), null, e);
    }
    switch (state) {
      case "23505": {
        ConstraintCatalog.UniqueInfo unique = catalog.unique(constraint);
        if (unique != null) {
          return new UniqueConstraintException("Unique constraint failed on " + unique.model() + "." + String.join(", ", unique.fields())
              + ": another row already has " + (unique.fields().size() > 1 ? "these values" : "this value") + detail + ".",
              state, e, unique.model(), unique.fields());
        }
        return new UniqueConstraintException("Unique constraint " + constraint + " failed" + detail + ".", state, e, catalog.model(table), null);
      }
      case "23503": {
        ConstraintCatalog.ForeignKeyInfo key = catalog.foreignKey(constraint);
        String where = key == null ? "constraint " + constraint : key.model() + "." + key.relation();
        boolean referenced = server != null && ((server.getDetail() != null && server.getDetail().contains("still referenced"))
            || (server.getMessage() != null && server.getMessage().startsWith("update or delete")));
        String message = referenced
            ? "The row is still referenced through " + where + ", which does not allow deleting or changing it" + detail + "."
            : "Foreign key " + where + " points at no row" + detail + ".";
        return new ForeignKeyException(message, state, e, key == null ? null : key.model(), key == null ? null : key.relation());
      }
      case "23514": {
        String model = catalog.model(table);
        return new CheckConstraintException("The check " + constraint + " on " + (model != null ? model : table)
            + " refused the row.", state, e, model, constraint);
      }
      case "57014": {
        if (server != null && server.getMessage() != null && server.getMessage().contains("statement timeout")) {
          return new QueryTimeoutException("A statement ran past the server's statement_timeout and was cancelled.", state, e, null);
        }
        return other(state, server, e);
      }
      case "23502": {
        String model = catalog.model(table);
        String field = model == null ? column : model + "." + catalog.field(table, column);
        return new NotNullException(field + " is required but got no value.", state, e);
      }
      case "22001", "22003": {
        String model = catalog.model(table);
        String reason = server == null ? e.getMessage() : server.getMessage();
        return model != null && column != null
            ? new InvalidValueException("A value is out of range for " + model + "." + catalog.field(table, column) + ": " + reason, e)
            : InvalidValueException.outOfRange(reason, e);
      }
      case "22021", "22P05": {
        String model = catalog.model(table);
        String where = model != null && column != null ? " for " + model + "." + catalog.field(table, column) : "";
        return new InvalidValueException("A text value" + where + " holds a character PostgreSQL cannot store: "
            + (server == null ? e.getMessage() : server.getMessage()), e);
      }
      case "42P01":
        return new DatabaseException("Database error 42P01: " + (server == null ? e.getMessage() : server.getMessage())
            + ". The database has not been migrated to the models: apply the migrations with `quarry migrate deploy` "
            + "(or `mvn quarry:migrate-dev` in development), or at start-up with Migrator.deploy(dataSource).", state, e);
      case "40001", "40P01":
        return new SerializationFailureException("The transaction could not complete because of concurrent changes ("
            + (state.equals("40001") ? "serialization failure" : "deadlock") + "); it may be retried.", state, e);
      default:
        return other(state, server, e);
    }
  }

  /** An error without a type of its own: its SQLSTATE and the server's words. */
  private static DatabaseException other(String state, ServerErrorMessage server, SQLException e) {
    return new DatabaseException("Database error " + state + ": " + (server == null ? e.getMessage() : server.getMessage()), state, e);
  }
}

package dev.quarry.runtime.jdbc;

import dev.quarry.runtime.ConnectionFailedException;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;

/**
 * Why a connection could not be opened, said in terms of the settings a user can change. The
 * pool wraps the driver's error; this looks through to PostgreSQL's own SQLSTATE.
 */
public final class ConnectionErrors {

  private ConnectionErrors() {}

  /** The driver's error underneath whatever wraps it, or {@code null} when none says why. */
  static SQLException cause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SQLException e && e.getSQLState() != null && isConnectionState(e.getSQLState())) {
        return e;
      }
    }
    return null;
  }

  /** Whether a SQLSTATE says a connection could not be opened (rather than a statement failed). */
  static boolean isConnectionState(String state) {
    return state.startsWith("08") || state.equals("28P01") || state.equals("28000") || state.equals("3D000");
  }

  /**
   * The typed exception for a connection to {@code server} (a redacted address) that failed with
   * {@code thrown}, or {@code null} when {@code thrown} is not about opening a connection.
   */
  public static ConnectionFailedException explain(Throwable thrown, String server) {
    SQLException e = cause(thrown);
    if (e == null) {
      return null;
    }
    String state = e.getSQLState();
    String said = e instanceof PSQLException p && p.getServerErrorMessage() != null ? p.getServerErrorMessage().getMessage()
        : e.getMessage();
    String where = server == null ? "the database" : server;
    String message = switch (state) {
      case "28P01" -> "PostgreSQL at " + where + " refused the password (" + said + "). Check the user and password in "
          + "DATABASE_URL; a password with @, : or / must be percent-encoded (@ as %40).";
      case "28000" -> "PostgreSQL at " + where + " does not let this user in (" + said + "). Check the user in DATABASE_URL, "
          + "or the server's pg_hba.conf.";
      case "3D000" -> "PostgreSQL at " + where + " has no such database (" + said + "). Create it (createdb NAME) or fix the "
          + "database name in DATABASE_URL.";
      default -> "Cannot connect to PostgreSQL at " + where + " (" + said + "). Is the server running, and are the host and "
          + "port in DATABASE_URL right?";
    };
    return new ConnectionFailedException(message, state, e);
  }
}

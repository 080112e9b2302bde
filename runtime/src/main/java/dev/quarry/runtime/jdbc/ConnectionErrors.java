package dev.quarry.runtime.jdbc;

import dev.quarry.runtime.error.ConnectionFailedException;
import dev.quarry.runtime.error.ConnectionLostException;
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
    return state.equals("08001") || state.equals("08004") || state.equals("28P01") || state.equals("28000") || state.equals("3D000");
  }

  /** The error itself or a batch's next one, when it says the connection broke; {@code null} otherwise. */
  static SQLException lost(SQLException thrown) {
    for (SQLException e = thrown; e != null; e = e.getNextException()) {
      String state = e.getSQLState();
      if (state != null && (state.equals("08006") || state.equals("08003") || state.equals("08007") || state.startsWith("57P0"))) {
        return e;
      }
    }
    return null;
  }

  /**
   * Whether the server ended the session itself (57P01 and kin): it aborts the statement it was
   * running, or the session was gone before the statement arrived, so the statement did not take
   * effect either way.
   */
  static boolean endedByServer(SQLException lost) {
    return lost.getSQLState().startsWith("57P0");
  }

  /** The typed exception for a broken connection; {@code retried} when a fresh connection failed as well. */
  static ConnectionLostException lostConnection(SQLException lost, boolean mayHaveRun, boolean retried) {
    String said = lost instanceof PSQLException p && p.getServerErrorMessage() != null ? p.getServerErrorMessage().getMessage()
        : lost.getMessage();
    String outcome = retried ? " It failed again on a fresh connection: is the server reachable?"
        : mayHaveRun ? " The statement may or may not have been applied: check before running it again." : "";
    return new ConnectionLostException("The connection to the database was lost (" + said + ")." + outcome, lost.getSQLState(), lost);
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

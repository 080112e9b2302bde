package dev.quarry.migrate;

import dev.quarry.runtime.error.QuarryException;

/**
 * A migration command refused to go on or failed; {@link #reason()} says why in a way a script can
 * test, the message says what to do.
 */
public class MigrationException extends QuarryException {

  private static final long serialVersionUID = 1L;

  /** Why a migration command stopped. */
  public enum Reason {
    /** A migration failed, now or in an earlier deploy, and is not resolved. */
    FAILED,
    /** An applied migration's file changed after it ran. */
    EDITED,
    /** The database differs from what its migrations produce. */
    DRIFT,
    /** Applying would lose data, and losing it was not accepted. */
    DATA_LOSS,
    /** Another deploy holds the migration lock. */
    LOCKED,
    /** The migrations folder is for another database provider, or is malformed. */
    FOLDER,
    /** The shadow database could not be created or used. */
    SHADOW
  }

  private final Reason reason;

  /** An exception with its reason and a message that says what to do. */
  public MigrationException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** An exception with its reason, message and cause. */
  public MigrationException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Why the command stopped. */
  public Reason reason() {
    return reason;
  }
}

package dev.quarry.runtime.error;

/**
 * A query Quarry refuses to send, before any SQL runs: a filter nested deeper than it renders, or
 * more values than PostgreSQL accepts in one statement. The message names the model and the limit.
 */
public class InvalidQueryException extends QuarryException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message names the model, the limit and another way to write the query. */
  public InvalidQueryException(String message) {
    super(message);
  }
}

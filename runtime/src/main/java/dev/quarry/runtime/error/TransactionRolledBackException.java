package dev.quarry.runtime.error;

/** A transaction's work threw a checked exception; the transaction was rolled back. */
public class TransactionRolledBackException extends QuarryException {

  private static final long serialVersionUID = 1L;

  /** Wraps the checked exception that rolled the transaction back. */
  public TransactionRolledBackException(Exception cause) {
    super("The transaction was rolled back: " + cause, cause);
  }
}

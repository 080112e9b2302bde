package dev.quarry.migrate;

/** Whether a command may apply changes that lose data: {@code push(schema, DataLoss.ACCEPT)}. */
public enum DataLoss {
  /** Changes that would lose data are refused, and nothing is changed. */
  REFUSE,
  /** Changes that lose data are applied, and listed. */
  ACCEPT
}

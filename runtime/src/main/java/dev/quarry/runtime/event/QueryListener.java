package dev.quarry.runtime.event;

/** Is told of every statement the runtime runs, after it ran (for logging, metrics, tests). */
@FunctionalInterface
public interface QueryListener {

  /** Called after each statement, on the thread that ran it. */
  void onQuery(QueryEvent event);
}

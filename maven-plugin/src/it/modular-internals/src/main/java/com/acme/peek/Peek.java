package com.acme.peek;

import dev.quarry.runtime.Database;
import dev.quarry.runtime.jdbc.Executor;

/** Reaches past the client for its statement runner. */
public final class Peek {

  private Peek() {}

  /** Not an API: never compiles. */
  public static Executor executor(Database database) {
    return null;
  }
}

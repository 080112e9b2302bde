package dev.quarry.it;

import dev.quarry.it.model.QuarryClient;
import dev.quarry.runtime.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class with its own fresh database and a client over it, for all its tests. */
abstract class ClientTest {

  static Database db;
  static QuarryClient client;

  @BeforeAll
  static void openDatabase() {
    db = TestDatabase.fresh();
    client = new QuarryClient(db);
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }
}

package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.QuarryClient;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.Database;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Statements are logged (at debug level, logger {@code dev.quarry.sql}) with their duration; values only on request. */
class QueryLoggingTest {

  private final Logger logger = Logger.getLogger("dev.quarry.sql");
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      lines.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void capture() {
    logger.setLevel(Level.FINE);
    logger.addHandler(handler);
  }

  @AfterEach
  void release() {
    logger.removeHandler(handler);
    logger.setLevel(null);
  }

  @Test
  void logsSqlAndDurationButNotValuesByDefault() {
    try (Database db = TestDatabase.fresh()) {
      lines.clear();
      new QuarryClient(db).users().findUnique(User_.email("secret@example.com"));
    }

    assertTrue(lines.stream().anyMatch(l -> l.contains(" µs, 0 rows: select") && l.contains("\"email\" = ?")), lines.toString());
    assertFalse(lines.stream().anyMatch(l -> l.contains("secret@example.com")), lines.toString());
  }

  @Test
  void logsValuesWhenAsked() {
    try (Database db = TestDatabase.fresh(true)) {
      lines.clear();
      new QuarryClient(db).users().findUnique(User_.email("shown@example.com"));
    }

    assertTrue(lines.stream().anyMatch(l -> l.contains("[shown@example.com]")), lines.toString());
  }
}

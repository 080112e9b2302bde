package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.it.model.QuarryClient;
import dev.quarry.it.model.Role;
import dev.quarry.it.model.Specimen;
import dev.quarry.it.model.Specimen_;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.error.ConfigurationException;
import dev.quarry.runtime.error.UniqueConstraintException;
import dev.quarry.runtime.event.QueryEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Large createMany inputs are loaded with COPY: every value type arrives as an INSERT with bound
 * parameters stores it, and a failed load stores nothing.
 */
class BulkLoadTest extends ClientTest {

  private static final int LARGE = Database.DEFAULT_COPY_THRESHOLD;

  @BeforeEach
  void empty() {
    client.specimens().deleteMany(Specimen_.ID.gt(0L));
    client.users().deleteMany(User_.ID.gt(0));
  }

  @Test
  void copyStoresEveryTypeAsAnInsertDoes() throws Exception {
    List<Specimen> templates = templates();
    for (Specimen template : templates) {
      client.specimens().create(withLabel(template, "insert"));
    }
    // Three templates, two of them giving every column: two groups of at least the threshold.
    int rows = 3 * LARGE;
    List<Specimen> bulk = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      bulk.add(withLabel(templates.get(i % templates.size()), "copy " + (i % templates.size())));
    }

    List<QueryEvent> events = recording(() -> assertEquals(rows, client.specimens().createMany(bulk)));

    assertEquals(List.of(2 * LARGE, LARGE), events.stream().map(QueryEvent::batchSize).toList(), "one statement per group");
    events.forEach(event -> assertTrue(event.sql().startsWith("copy \"specimens\" ("), event.sql()));
    List<Specimen> inserted = client.specimens().findMany(q -> q.where(Specimen_.LABEL.eq("insert")).orderBy(Specimen_.ID.asc()));
    for (int t = 0; t < templates.size(); t++) {
      String label = "copy " + t;
      List<Specimen> copied = client.specimens().findMany(q -> q.where(Specimen_.LABEL.eq(label)));
      assertEquals(LARGE, copied.size());
      for (Specimen copy : copied) {
        assertEquals(values(inserted.get(t)), values(copy), label);
      }
    }
  }

  @Test
  void smallInputsStayABatchOfInserts() {
    List<QueryEvent> events = recording(() -> client.users().createMany(users("small", LARGE - 1)));

    assertEquals(1, events.size());
    assertTrue(events.get(0).sql().startsWith("insert into \"users\""), events.get(0).sql());
    assertEquals(LARGE - 1, client.users().count());
  }

  @Test
  void skippingDuplicatesInsertsWithoutCopyAndCountsOnlyTheRowsInserted() {
    client.users().create(User.of("load0@example.com", "Existing"));

    List<QueryEvent> events = recording(() -> assertEquals(LARGE - 1, client.users().createMany(users("load", LARGE), dev.quarry.runtime.Duplicates.SKIP)));

    assertEquals(1, events.size());
    assertTrue(events.get(0).sql().startsWith("insert into \"users\"") && events.get(0).sql().endsWith("on conflict do nothing"),
        events.get(0).sql());
    assertEquals("Existing", client.users().findUniqueOrThrow(User_.email("load0@example.com")).name());
  }

  @Test
  void theThresholdIsASetting() {
    try (Database batching = Database.builder().dataSource(db.dataSource()).copyThreshold(Integer.MAX_VALUE).build()) {
      StatementCounter counter = new StatementCounter();
      batching.addListener(counter);
      new QuarryClient(batching).users().createMany(users("batched", LARGE));

      assertTrue(counter.events().get(0).sql().startsWith("insert into \"users\""), counter.events().get(0).sql());
    }
    assertEquals(LARGE, client.users().count());
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> Database.builder().copyThreshold(0));
    assertTrue(e.getMessage().contains("copyThreshold(0)"), e.getMessage());
  }

  @Test
  void aDuplicateKeyFailsTheWholeLoadWithTheFieldNamed() {
    client.users().create(User.of("taken@example.com", "First"));
    List<User> users = users("load", LARGE);
    users.add(User.of("taken@example.com", "Second"));

    UniqueConstraintException e = assertThrows(UniqueConstraintException.class, () -> client.users().createMany(users));

    assertEquals("User", e.model());
    assertEquals(List.of("email"), e.fields());
    assertEquals(1, client.users().count(), "nothing of the failed load is stored");
    assertEquals(LARGE, client.users().createMany(users("after", LARGE)), "the connection is usable after the failed COPY");
  }

  @Test
  void rowsGivingDifferentColumnsAreStoredTogetherOrNotAtAll() {
    List<User> users = users("named", LARGE);
    users.add(User.of("nameless@example.com", null));
    users.add(User.of("nameless@example.com", null));

    assertThrows(UniqueConstraintException.class, () -> client.users().createMany(users));

    assertEquals(0, client.users().count(), "the COPY of the named rows is rolled back with the failed batch");
  }

  @Test
  void aLoadInsideATransactionIsRolledBackWithIt() {
    assertThrows(IllegalStateException.class, () -> client.transaction(tx -> {
      tx.users().createMany(users("tx", LARGE));
      assertEquals(LARGE, tx.users().count());
      throw new IllegalStateException("abandon");
    }));

    assertEquals(0, client.users().count());
  }

  private static List<User> users(String prefix, int count) {
    List<User> users = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      users.add(User.of(prefix + i + "@example.com", "Name " + i));
    }
    return users;
  }

  private static List<QueryEvent> recording(Runnable work) {
    StatementCounter counter = new StatementCounter();
    db.addListener(counter);
    try {
      work.run();
    } finally {
      db.removeListener(counter);
    }
    return counter.events();
  }

  /** Rows with the awkward values of every type: extremes, nulls, and COPY's reserved characters. */
  private static List<Specimen> templates() throws Exception {
    ObjectMapper json = new ObjectMapper();
    return List.of(
        new Specimen(null, "", "tab\there, line\nfeed, return\r, back\\slash \\N, quote \" ' {braces}, Ünïcödé", false,
            Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE, -Float.MAX_VALUE, -Double.MAX_VALUE,
            new BigDecimal("-12345678901234567890.123456789"), new UUID(0, 1), Instant.parse("1970-01-01T00:00:00Z"),
            OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(5)), LocalDate.of(1, 1, 1), LocalTime.MIN,
            LocalDateTime.of(1970, 1, 1, 0, 0), new byte[] {0, '\t', '\\', (byte) 0xff}, "{\"a\": \"tab\\tquote\\\"\"}",
            json.readTree("[1, \"two\\\\\"]"), Role.SUPER_ADMIN,
            Arrays.asList("plain", "with,comma", "with \"quotes\"", "back\\slash", "{braces}", "", null, "NULL", "tab\tline\n"),
            Arrays.asList(1, null, -3), List.of(Role.USER, Role.SUPER_ADMIN)),
        new Specimen(null, "", "", true, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, Float.MIN_VALUE, Double.NaN,
            new BigDecimal("1E+5"), UUID.randomUUID(), Instant.parse("2999-12-31T23:59:59.999999Z"),
            OffsetDateTime.of(2024, 6, 1, 10, 0, 0, 123_456_000, ZoneOffset.ofHours(-5)), LocalDate.of(9999, 12, 31),
            LocalTime.of(23, 59, 59, 999_999_000), LocalDateTime.of(2999, 12, 31, 23, 59, 59, 1_000), new byte[0], "[]",
            json.readTree("{}"), Role.USER, List.of(), List.of(), List.of()),
        Specimen.labelled(""));
  }

  private static Specimen withLabel(Specimen s, String label) {
    return new Specimen(null, label, s.text(), s.flag(), s.small(), s.number(), s.big(), s.real(), s.dbl(), s.decimal(), s.uuid(),
        s.instant(), s.offsetTime(), s.date(), s.time(), s.dateTime(), s.bytes(), s.json(), s.node(), s.role(), s.tags(),
        s.numbers(), s.roles());
  }

  /** Every column but id and label, comparable by equals (bytes as hex). */
  private static List<Object> values(Specimen s) {
    return Arrays.asList(s.text(), s.flag(), s.small(), s.number(), s.big(), s.real(), s.dbl(), s.decimal(), s.uuid(),
        s.instant(), s.offsetTime(), s.date(), s.time(), s.dateTime(), s.bytes() == null ? null : HexFormat.of().formatHex(s.bytes()),
        s.json(), s.node(), s.role(), s.tags(), s.numbers(), s.roles());
  }
}

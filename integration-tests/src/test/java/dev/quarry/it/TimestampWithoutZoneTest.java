package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.it.model.Event;
import dev.quarry.it.model.Event_;
import dev.quarry.it.model.QuarryClient;
import dev.quarry.migrate.SchemaDdl;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.SchemaSnapshots;
import dev.quarry.runtime.config.DatabaseUrl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * An Instant in a {@code timestamp(3)} column (Prisma's DateTime) is stored as its UTC wall time
 * and read back as the same instant, whatever the JVM's time zone (the driver gives it to the
 * session): by parameter, in filters and by COPY.
 */
class TimestampWithoutZoneTest {

  @Test
  void anInstantSurvivesATimestampColumnInAnotherTimeZone() {
    DatabaseUrl url = TestDatabase.create();
    TimeZone before = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    try (Database db = Database.builder().url(url).poolSize(2).build()) {
      SchemaDdl.create(SchemaSnapshots.fromClasspath(getClass().getClassLoader())).forEach(db::executeRaw);
      QuarryClient client = new QuarryClient(db);
      Instant at = Instant.parse("2026-01-15T10:00:00.123Z");

      Event event = client.events().create(new Event(null, at, null));

      assertEquals(at, client.events().findUniqueOrThrow(Event_.id(event.id())).at());
      assertEquals("2026-01-15 10:00:00.123", db.queryRaw("select at::text from events", rs -> rs.getString(1)).get(0));
      assertEquals(1, client.events().count(Event_.AT.eq(at)));
      assertEquals(1, client.events().count(Event_.AT.gt(at.minusMillis(1))));
      Instant created = client.events().findUniqueOrThrow(Event_.id(event.id())).createdAt();
      assertEquals(0, java.time.Duration.between(created, Instant.now()).toMinutes(), "now() is the UTC instant, not the "
          + "session's local time: " + created);

      List<Event> many = new ArrayList<>();
      for (int i = 0; i < 1_200; i++) {
        many.add(new Event(null, at.plusSeconds(i), null));
      }
      assertEquals(1_200, client.events().createMany(many));
      assertEquals("2026-01-15 10:19:59.123", db.queryRaw("select max(at)::text from events", rs -> rs.getString(1)).get(0),
          "the bulk load (COPY) stores UTC wall time too");
    } finally {
      TimeZone.setDefault(before);
    }
  }
}

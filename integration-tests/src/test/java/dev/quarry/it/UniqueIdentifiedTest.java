package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Setting;
import dev.quarry.it.model.Setting_;
import dev.quarry.runtime.error.UniqueConstraintException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model with no id, identified by a unique on a required field. */
class UniqueIdentifiedTest extends ClientTest {

  @Test
  void crudByTheUniqueKey() {
    client.settings().create(new Setting("theme", "dark"));
    assertEquals("dark", client.settings().findUniqueOrThrow(Setting_.key("theme")).value());

    client.settings().update(Setting_.key("theme"), u -> u.set(Setting_.VALUE, "light"));
    client.settings().upsert(Setting_.key("locale"), new Setting("locale", "en"), u -> u.set(Setting_.VALUE, "fr"));
    assertEquals(List.of("locale", "theme"), client.settings().findMany(q -> q.orderBy(Setting_.KEY.asc())).stream().map(Setting::key).toList());

    UniqueConstraintException duplicate = assertThrows(UniqueConstraintException.class,
        () -> client.settings().create(new Setting("theme", "again")));
    assertEquals(List.of("key"), duplicate.fields());
    client.settings().delete(Setting_.key("theme"));
    assertEquals(1, client.settings().count());
    assertTrue(db.queryRaw("select count(*) from pg_constraint where conrelid = 'settings'::regclass and contype = 'p'",
        rs -> rs.getLong(1)).get(0) == 0, "no primary key");
  }
}

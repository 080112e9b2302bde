package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quarry.it.model.Draft;
import dev.quarry.it.model.Draft_;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@code @Nullable List}: a nullable array column, left out by a create, NULL distinct from empty. */
class NullableListTest extends ClientTest {

  @Test
  void aCreateMayLeaveItOutAndNullIsNotEmpty() {
    Draft none = client.drafts().create(new Draft(null, null));
    Draft empty = client.drafts().create(new Draft(null, List.of()));
    Draft some = client.drafts().create(new Draft(null, List.of("a", "b")));

    assertNull(client.drafts().findUniqueOrThrow(Draft_.id(none.id())).labels());
    assertEquals(List.of(), client.drafts().findUniqueOrThrow(Draft_.id(empty.id())).labels());
    assertEquals(List.of("a", "b"), client.drafts().findUniqueOrThrow(Draft_.id(some.id())).labels());
    assertEquals(1, client.drafts().count(Draft_.LABELS.isNull()));
    assertEquals(1, client.drafts().count(Draft_.LABELS.has("b")));
    assertEquals("YES", db.queryRaw("select is_nullable from information_schema.columns where table_name = 'drafts' "
        + "and column_name = 'labels'", rs -> rs.getString(1)).get(0));
  }
}

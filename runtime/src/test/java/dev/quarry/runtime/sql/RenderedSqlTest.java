package dev.quarry.runtime.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Named parameters become placeholders, and values are bound in placeholder order whatever order they were collected in. */
class RenderedSqlTest {

  @Test
  void valuesFollowThePlaceholdersWhenRenderedOutOfOrder() {
    RenderedSql rendered = RenderedSql.fromNamed("select * from t where b = :qp1 and a = :qp0 limit :qp2");

    assertEquals("select * from t where b = ? and a = ? limit ?", rendered.sql());
    assertArrayEquals(new int[] {1, 0, 2}, rendered.slots());
    assertFalse(rendered.inSlotOrder());
    Prepared prepared = rendered.bind(List.of(Bind.text("a", null), Bind.text("b", null), Bind.integer(5)));
    assertEquals(List.of("b", "a", 5), prepared.binds().stream().map(Bind::value).toList());
  }

  @Test
  void inOrderValuesAreBoundAsCollected() {
    RenderedSql rendered = RenderedSql.fromNamed("select * from t where a = :qp0 and b = :qp1");

    assertTrue(rendered.inSlotOrder());
    List<Bind> values = List.of(Bind.integer(1), Bind.integer(2));
    assertEquals(values, rendered.bind(values).binds());
  }

  @Test
  void namesInsideQuotedIdentifiersAndLiteralsAreNotParameters() {
    RenderedSql rendered = RenderedSql.fromNamed("select \":qp9\", ':qp8', 'it''s :qp7' from t where x = :qp0");

    assertEquals("select \":qp9\", ':qp8', 'it''s :qp7' from t where x = ?", rendered.sql());
    assertArrayEquals(new int[] {0}, rendered.slots());
  }
}

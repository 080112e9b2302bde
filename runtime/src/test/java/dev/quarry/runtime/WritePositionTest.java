package dev.quarry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.runtime.error.ConfigurationException;
import org.junit.jupiter.api.Test;

/** A write position travels as PostgreSQL's pg_lsn text and comes back the same. */
class WritePositionTest {

  @Test
  void itsTextIsPostgresqlsAndReadsBack() {
    WritePosition position = WritePosition.parse("16/B374D848");

    assertEquals(0x16B374D848L, position.lsn());
    assertEquals("16/B374D848", position.toString());
    assertEquals(position, WritePosition.parse(position.toString()));
    assertEquals("0/0", WritePosition.NONE.toString());
  }

  @Test
  void anythingElseIsRefusedWithTheText() {
    for (String text : new String[] {"", "16", "/1", "x/1", "1/y", "16/B374D848/1"}) {
      ConfigurationException e = assertThrows(ConfigurationException.class, () -> WritePosition.parse(text));
      assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
    }
    assertThrows(ConfigurationException.class, () -> WritePosition.parse(null));
  }
}

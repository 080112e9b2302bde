package dev.quarry.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Members of a record stored as JSON are written as given and read back the same. */
class JsonCodecTest {

  @Test
  void leavesAreWrittenAsTheirValuesReadInSql() {
    assertEquals("1.1", JsonCodec.leaf(1.1f).toString(), "a float as a float, not widened to 1.100000023841858");
    assertEquals("0.1", JsonCodec.leaf(0.1d).toString());
    assertEquals("1.250", JsonCodec.leaf(new BigDecimal("1.250")).toString(), "a decimal keeps its scale");
    assertEquals("9007199254740993", JsonCodec.leaf(9_007_199_254_740_993L).toString());
    assertEquals("\"2026-03-01T10:15:30.123456Z\"", JsonCodec.leaf(Instant.parse("2026-03-01T10:15:30.123456Z")).toString());
    UUID id = UUID.fromString("0b9d3f3e-0000-4000-8000-000000000001");
    assertEquals("\"" + id + "\"", JsonCodec.leaf(id).toString());
  }

  @Test
  void anAbsentMemberReadsAsWhatTheComponentTakesForNone() {
    var node = JsonCodec.object().put("zip", 150).putNull("city");

    assertEquals(150, JsonCodec.read(node, "zip", com.fasterxml.jackson.databind.JsonNode::intValue, 0));
    assertEquals(0, JsonCodec.read(node, "missing", com.fasterxml.jackson.databind.JsonNode::intValue, 0));
    String city = JsonCodec.read(node, "city", com.fasterxml.jackson.databind.JsonNode::asText, null);
    assertNull(city, "JSON null reads as null, not as the text \"null\"");
  }
}

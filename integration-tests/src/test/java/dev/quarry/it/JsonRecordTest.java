package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Coordinates;
import dev.quarry.it.model.Coordinates_;
import dev.quarry.it.model.Destination;
import dev.quarry.it.model.Destination_;
import dev.quarry.it.model.Format;
import dev.quarry.it.model.Parcel;
import dev.quarry.it.model.Parcel_;
import dev.quarry.it.model.Shipment;
import dev.quarry.it.model.Shipment_;
import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.query.Filter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plain records as components: stored as jsonb by a generated codec, read back whole, filtered on their members. */
class JsonRecordTest extends ClientTest {

  static final Destination OSLO = new Destination("Oslo", "NO", 150, new Coordinates(59.91, 10.75), List.of("Karl Johans gate 1"));
  static final Destination BERGEN = new Destination("Bergen", "NO", 5003, new Coordinates(60.39, 5.32), List.of());
  static final Destination LYON = new Destination("Lyon", "FR", 69001, new Coordinates(45.76, 4.83), List.of("1 rue X", "2e"));
  static Shipment toOslo;

  @BeforeAll
  static void seed() {
    toOslo = client.shipments().create(new Shipment(null, "S-1", OSLO, LYON, List.of(
        new Parcel("A-1", new BigDecimal("1.250"), Instant.parse("2026-03-01T10:15:30.123456Z"), Format.EBOOK),
        new Parcel("B-2", new BigDecimal("0.5"), null, null))));
    client.shipments().createMany(List.of(
        new Shipment(null, "S-2", BERGEN, null, List.of()),
        new Shipment(null, "S-3", LYON, null, List.of(new Parcel("A-1", BigDecimal.ONE, null, Format.HARDCOVER)))));
  }

  @Test
  void recordsComeBackAsTheyWentInAndAreStoredAsReadableJson() {
    Shipment read = client.shipments().findUniqueOrThrow(Shipment_.id(toOslo.id()));

    assertEquals(toOslo, read);
    assertEquals(OSLO, read.destination());
    assertEquals(new BigDecimal("1.250"), read.parcels().get(0).weight(), "decimals exactly");
    assertNull(client.shipments().findFirstOrThrow(q -> q.where(Shipment_.REFERENCE.eq("S-2"))).returnTo());
    assertEquals(List.of("Oslo|number|59.91|EBOOK"), db.queryRaw("select destination->>'city' || '|' || jsonb_typeof(destination->'zip') "
        + "|| '|' || (destination->'at'->>'lat') || '|' || (parcels->0->>'format') from shipments where id = ?", rs -> rs.getString(1),
        toOslo.id()));
  }

  @Test
  void anEqualityOnAMemberIsJsonContainmentAndComparisonsCastTheMember() {
    assertEquals(List.of("S-1"), references(Shipment_.DESTINATION.field(Destination_.CITY).eq("Oslo")));
    assertEquals(List.of("S-1", "S-2"), references(Shipment_.DESTINATION.field(Destination_.COUNTRY).eq("NO")));
    assertEquals(List.of("S-1", "S-2"), references(Shipment_.DESTINATION.field(Destination_.AT.then(Coordinates_.LAT)).gt(50.0)));
    assertEquals(List.of("S-1", "S-2"), references(Shipment_.DESTINATION.field(Destination_.ZIP).lt(10000)),
        "numerically: 5003 < 10000 although \"5003\" > \"10000\" as text");
    assertEquals(List.of("S-2"), references(Shipment_.DESTINATION.field(Destination_.CITY).startsWith("Ber")));
    assertEquals(List.of("S-3"), references(Shipment_.DESTINATION.field(Destination_.CITY).not("Oslo")
        .and(Shipment_.DESTINATION.field(Destination_.CITY).not("Bergen"))));
    assertEquals(List.of("S-1"), references(Shipment_.RETURN_TO.field(Destination_.CITY).eq("Lyon")));
    assertEquals(List.of("S-2", "S-3"), references(Shipment_.RETURN_TO.isNull()));
    assertEquals(List.of("S-1", "S-3"), references(Shipment_.PARCELS.some(Parcel_.SKU, "A-1")));
    assertEquals(List.of("S-3"), references(Shipment_.PARCELS.some(Parcel_.FORMAT, Format.HARDCOVER)));
    assertEquals(List.of("S-1"), references(Shipment_.DESTINATION.eq(OSLO)), "the whole record");
  }

  @Test
  void anEqualityUsesTheGinIndex() {
    StatementCounter statements = new StatementCounter();
    db.addListener(statements);
    try {
      references(Shipment_.DESTINATION.field(Destination_.CITY).eq("Oslo"));
    } finally {
      db.removeListener(statements);
    }
    String sql = statements.events().get(0).sql();
    assertTrue(sql.contains("@>"), sql);
    String plan = db.transaction(tx -> {
      tx.executeRaw("set local enable_seqscan = off");
      return String.join("\n", tx.queryRaw("explain " + sql.replace("?", "'{\"city\": \"Oslo\"}'::jsonb"), rs -> rs.getString(1)));
    });
    assertTrue(plan.contains("shipments_destination_idx"), plan);
  }

  @Test
  void aWholeRecordIsUpdatedAndAMisusedMemberIsRefused() {
    Shipment moved = client.shipments().update(Shipment_.id(toOslo.id()), u -> u.set(Shipment_.RETURN_TO, BERGEN));
    assertEquals(BERGEN, moved.returnTo());
    client.shipments().update(Shipment_.id(toOslo.id()), u -> u.set(Shipment_.RETURN_TO, LYON));

    InvalidValueException nested = assertThrows(InvalidValueException.class,
        () -> Shipment_.DESTINATION.field(Destination_.AT).gt(new Coordinates(1, 2)));
    assertTrue(nested.getMessage().contains("Shipment.destination.at"), nested.getMessage());
  }

  private static List<String> references(Filter<Shipment> where) {
    return client.shipments().findMany(q -> q.where(where).orderBy(Shipment_.REFERENCE.asc())).stream().map(Shipment::reference).toList();
  }
}

package dev.quarry.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaJsonTest {

  private static Schema sample() {
    Field id = new Field("id", "id", ScalarType.INT, null, "java.lang.Integer", false, false, null,
        DefaultValue.function("autoincrement"), false, false, null, false, null);
    Field email = new Field("email", "email", ScalarType.STRING, null, "java.lang.String", false, false,
        "varchar(320)", null, false, false, null, false, null);
    Model user = new Model("User", "app.User", "users", false, null, List.of(id, email),
        new PrimaryKey("users_pkey", List.of("id"), List.of("id")),
        List.of(new UniqueConstraint("users_email_key", List.of("email"), List.of("email"))),
        List.of(), List.of(), List.of(), null, false);
    return new Schema(Schema.FORMAT_VERSION, List.of(), List.of(user), List.of());
  }

  @Test
  void writesStableReadableJsonAndReadsItBack() {
    String json = SchemaJson.write(sample());

    assertTrue(json.startsWith("{\n  \"formatVersion\": 1,\n"), json);
    assertTrue(json.endsWith("}\n"));
    assertFalse(json.contains("\r"));
    assertFalse(json.contains(": null"), "null members are left out");
    assertEquals(sample(), SchemaJson.read(json));
    assertEquals(json, SchemaJson.write(SchemaJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void refusesASnapshotFromANewerFormat() {
    String json = SchemaJson.write(sample()).replace("\"formatVersion\": 1", "\"formatVersion\": 99");

    SchemaFormatException e = assertThrows(SchemaFormatException.class, () -> SchemaJson.read(json));
    assertTrue(e.getMessage().contains("format version 99"), e.getMessage());
    assertTrue(e.getMessage().contains("same Quarry version"), e.getMessage());
  }

  @Test
  void refusesJsonThatIsNotASnapshot() {
    SchemaFormatException e = assertThrows(SchemaFormatException.class, () -> SchemaJson.read("{\"models\": []}"));
    assertTrue(e.getMessage().contains("formatVersion"), e.getMessage());
    assertThrows(SchemaFormatException.class, () -> SchemaJson.read("{ not json"));
  }

  @Test
  void findsModelsAndFieldsByName() {
    Schema schema = sample();

    assertEquals("users", schema.model("User").orElseThrow().table());
    assertTrue(schema.model("Post").isEmpty());
    assertEquals("varchar(320)", schema.model("User").orElseThrow().field("email").orElseThrow().nativeType());
    assertTrue(schema.model("User").orElseThrow().field("id").orElseThrow().hasDefault());
  }
}

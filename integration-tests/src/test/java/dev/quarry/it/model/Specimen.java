package dev.quarry.it.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Json;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One optional column of every scalar type, for the filter suite. */
@Model
public record Specimen(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Long id,
    String label,
    @Nullable String text,
    @Nullable Boolean flag,
    @Nullable Short small,
    @Nullable Integer number,
    @Nullable Long big,
    @Nullable Float real,
    @Nullable Double dbl,
    @Nullable BigDecimal decimal,
    @Nullable UUID uuid,
    @Nullable Instant instant,
    @Nullable OffsetDateTime offsetTime,
    @Nullable LocalDate date,
    @Nullable LocalTime time,
    @Nullable LocalDateTime dateTime,
    @Nullable byte[] bytes,
    @Nullable @Json String json,
    @Nullable JsonNode node,
    @Nullable Role role,
    List<String> tags,
    List<Integer> numbers,
    List<Role> roles) {

  /** An empty specimen with only a label. */
  public static Specimen labelled(String label) {
    return new Specimen(null, label, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, List.of(), List.of(), List.of());
  }
}

package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.quarry.it.model.Role;
import dev.quarry.it.model.Specimen;
import dev.quarry.it.model.Specimen_;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;

import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.query.Filter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operator on every scalar type, with NULLs and edge values, against real PostgreSQL. Three
 * rows: {@code low} holds the smallest values, {@code high} the largest, {@code empty} only NULLs.
 */
class FilterTest extends ClientTest {

  static final UUID LOW_UUID = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final UUID HIGH_UUID = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");
  static final Instant LOW_INSTANT = Instant.parse("1970-01-01T00:00:00Z");
  static final Instant HIGH_INSTANT = Instant.parse("2999-12-31T23:59:59.999999Z");

  @BeforeAll
  static void seed() throws Exception {
    ObjectMapper json = new ObjectMapper();
    client.specimens().create(new Specimen(null, "low", "", false, Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE,
        -Float.MAX_VALUE, -Double.MAX_VALUE, new BigDecimal("-12345678901234567890.123456789"), LOW_UUID, LOW_INSTANT,
        OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(5)), LocalDate.of(1, 1, 1), LocalTime.MIN,
        LocalDateTime.of(1970, 1, 1, 0, 0), new byte[] {0}, "{\"a\": 1}", json.readTree("[1, 2]"), Role.USER,
        List.of("a", "b"), List.of(1, 2), List.of(Role.USER)));
    client.specimens().create(new Specimen(null, "high", "Ünïcödé 100% _match_ \\ ' OR 1=1 --", true, Short.MAX_VALUE,
        Integer.MAX_VALUE, Long.MAX_VALUE, Float.MAX_VALUE, Double.MAX_VALUE, new BigDecimal("98765432109876543210.987654321"),
        HIGH_UUID, HIGH_INSTANT, OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(-5)), LocalDate.of(9999, 12, 31),
        LocalTime.of(23, 59, 59, 999_999_000), LocalDateTime.of(2999, 12, 31, 23, 59, 59), new byte[] {(byte) 0xff, 1},
        "{\"b\": [true, null]}", json.readTree("{\"k\": \"v\"}"), Role.SUPER_ADMIN, List.of("b", "c"), List.of(3),
        List.of(Role.ADMIN, Role.SUPER_ADMIN)));
    client.specimens().create(Specimen.labelled("empty"));
  }

  private static List<String> labels(Filter<Specimen> filter) {
    return client.specimens().findMany(q -> q.where(filter).orderBy(Specimen_.ID.asc())).stream().map(Specimen::label).toList();
  }

  private static final List<String> LOW = List.of("low");
  private static final List<String> HIGH = List.of("high");
  private static final List<String> BOTH = List.of("low", "high");
  private static final List<String> EMPTY = List.of("empty");
  private static final List<String> NONE = List.of();

  @Test
  void valuesRoundTripExactly() {
    Specimen high = client.specimens().findFirstOrThrow(q -> q.where(Specimen_.LABEL.eq("high")));
    assertEquals(Long.MAX_VALUE, high.big());
    assertEquals(Float.MAX_VALUE, high.real());
    assertEquals(new BigDecimal("98765432109876543210.987654321"), high.decimal());
    assertEquals(HIGH_INSTANT, high.instant());
    assertEquals(OffsetDateTime.of(2024, 1, 1, 15, 0, 0, 0, ZoneOffset.UTC).toInstant(), high.offsetTime().toInstant());
    assertEquals(LocalTime.of(23, 59, 59, 999_999_000), high.time());
    assertArrayEquals(new byte[] {(byte) 0xff, 1}, high.bytes());
    assertEquals("v", high.node().get("k").asText());
    assertEquals(Role.SUPER_ADMIN, high.role());
    assertEquals(List.of(Role.ADMIN, Role.SUPER_ADMIN), high.roles());
    assertEquals("Ünïcödé 100% _match_ \\ ' OR 1=1 --", high.text());
    Specimen empty = client.specimens().findFirstOrThrow(q -> q.where(Specimen_.LABEL.eq("empty")));
    assertEquals(List.of(), empty.tags());
  }

  @Test
  void equalityNotAndNullOnEveryType() {
    assertEquals(LOW, labels(Specimen_.TEXT.eq("")));
    assertEquals(LOW, labels(Specimen_.FLAG.isFalse()));
    assertEquals(HIGH, labels(Specimen_.SMALL.eq(Short.MAX_VALUE)));
    assertEquals(LOW, labels(Specimen_.NUMBER.eq(Integer.MIN_VALUE)));
    assertEquals(HIGH, labels(Specimen_.BIG.eq(Long.MAX_VALUE)));
    assertEquals(HIGH, labels(Specimen_.REAL.eq(Float.MAX_VALUE)));
    assertEquals(LOW, labels(Specimen_.DBL.eq(-Double.MAX_VALUE)));
    assertEquals(LOW, labels(Specimen_.DECIMAL.eq(new BigDecimal("-12345678901234567890.123456789"))));
    assertEquals(HIGH, labels(Specimen_.UUID.eq(HIGH_UUID)));
    assertEquals(LOW, labels(Specimen_.INSTANT.eq(LOW_INSTANT)));
    assertEquals(BOTH, labels(Specimen_.DATE.not(LocalDate.of(2000, 1, 1))), "not excludes NULLs, as SQL does");
    assertEquals(HIGH, labels(Specimen_.DATE_TIME.eq(LocalDateTime.of(2999, 12, 31, 23, 59, 59))));
    assertEquals(LOW, labels(Specimen_.BYTES.eq(new byte[] {0})));
    assertEquals(HIGH, labels(Specimen_.ROLE.eq(Role.SUPER_ADMIN)));
    assertEquals(LOW, labels(Specimen_.ROLE.not(Role.SUPER_ADMIN)));
    assertEquals(EMPTY, labels(Specimen_.TEXT.isNull()));
    assertEquals(EMPTY, labels(Specimen_.ROLE.eq(null)), "eq(null) on an optional column tests for NULL");
    assertEquals(BOTH, labels(Specimen_.UUID.isNotNull()));
  }

  @Test
  void rangesOnNumbersTextAndTime() {
    assertEquals(HIGH, labels(Specimen_.NUMBER.gt(0)));
    assertEquals(LOW, labels(Specimen_.BIG.lt(0L)));
    assertEquals(BOTH, labels(Specimen_.SMALL.gte(Short.MIN_VALUE)));
    assertEquals(LOW, labels(Specimen_.DECIMAL.lte(BigDecimal.ZERO)));
    assertEquals(HIGH, labels(Specimen_.DBL.between(0d, Double.MAX_VALUE)));
    assertEquals(HIGH, labels(Specimen_.INSTANT.gt(Instant.parse("2000-01-01T00:00:00Z"))));
    assertEquals(LOW, labels(Specimen_.OFFSET_TIME.lt(OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC))),
        "10:00+05:00 is before 10:00Z; 10:00-05:00 is after");
    assertEquals(LOW, labels(Specimen_.DATE.lte(LocalDate.of(2000, 1, 1))));
    assertEquals(HIGH, labels(Specimen_.TIME.gt(LocalTime.NOON)));
    assertEquals(LOW, labels(Specimen_.TEXT.lt("a")), "the empty string sorts first");
  }

  @Test
  void ordersNullsWhereAsked() {
    List<String> first = client.specimens().findMany(q -> q.orderBy(Specimen_.NUMBER.asc().nullsFirst())).stream().map(Specimen::label).toList();
    List<String> last = client.specimens().findMany(q -> q.orderBy(Specimen_.NUMBER.desc().nullsLast())).stream().map(Specimen::label).toList();

    assertEquals(List.of("empty", "low", "high"), first);
    assertEquals(List.of("high", "low", "empty"), last);
  }

  @Test
  void inAndNotIn() {
    assertEquals(BOTH, labels(Specimen_.NUMBER.in(Integer.MIN_VALUE, Integer.MAX_VALUE)));
    assertEquals(NONE, labels(Specimen_.NUMBER.in(List.of())));
    assertEquals(HIGH, labels(Specimen_.UUID.notIn(LOW_UUID)));
    assertEquals(List.of("low", "high", "empty"), labels(Specimen_.LABEL.notIn(List.of())));
    assertEquals(BOTH, labels(Specimen_.ROLE.in(Role.USER, Role.SUPER_ADMIN)));
    assertEquals(LOW, labels(Specimen_.INSTANT.in(LOW_INSTANT)));
    assertEquals(HIGH, labels(Specimen_.LABEL.in("high", "' OR 1=1 --")));
  }

  @Test
  void textMatchingTreatsWildcardsAndQuotesAsData() {
    assertEquals(HIGH, labels(Specimen_.TEXT.contains("100%")));
    assertEquals(NONE, labels(Specimen_.TEXT.contains("%%%")));
    assertEquals(HIGH, labels(Specimen_.TEXT.contains("_match_")));
    assertEquals(NONE, labels(Specimen_.TEXT.contains("_atch_x")));
    assertEquals(HIGH, labels(Specimen_.TEXT.contains("\\")));
    assertEquals(HIGH, labels(Specimen_.TEXT.endsWith("' OR 1=1 --")));
    assertEquals(NONE, labels(Specimen_.TEXT.eq("' OR 1=1 --")));
    assertEquals(HIGH, labels(Specimen_.TEXT.startsWith("Ünï")));
    assertEquals(HIGH, labels(Specimen_.TEXT.startsWithIgnoreCase("üNÏ")));
    assertEquals(HIGH, labels(Specimen_.TEXT.containsIgnoreCase("MATCH")));
    assertEquals(NONE, labels(Specimen_.TEXT.contains("MATCH")));
    assertEquals(HIGH, labels(Specimen_.TEXT.endsWithIgnoreCase("or 1=1 --")));
    assertEquals(LOW, labels(Specimen_.TEXT.equalsIgnoreCase("")));
    assertEquals(BOTH, labels(Specimen_.TEXT.contains("")), "every non-NULL text contains the empty string");
  }

  @Test
  void scalarLists() {
    assertEquals(BOTH, labels(Specimen_.TAGS.has("b")));
    assertEquals(LOW, labels(Specimen_.TAGS.hasEvery(List.of("a", "b"))));
    assertEquals(BOTH, labels(Specimen_.TAGS.hasSome(List.of("a", "c"))));
    assertEquals(EMPTY, labels(Specimen_.TAGS.isEmpty()));
    assertEquals(HIGH, labels(Specimen_.NUMBERS.has(3)));
    assertEquals(HIGH, labels(Specimen_.ROLES.has(Role.SUPER_ADMIN)));
    assertEquals(LOW, labels(Specimen_.TAGS.eq(List.of("a", "b"))));
  }

  @Test
  void andOrNotCombine() {
    assertEquals(BOTH, labels(Specimen_.NUMBER.gt(0).or(Specimen_.NUMBER.lt(0))));
    assertEquals(HIGH, labels(Filter.and(Specimen_.FLAG.isTrue(), Specimen_.ROLE.eq(Role.SUPER_ADMIN))));
    assertEquals(List.of("low", "empty"), labels(Specimen_.LABEL.eq("high").not()));
    assertEquals(NONE, labels(Filter.or()));
    assertEquals(List.of("low", "high", "empty"), labels(Filter.all()));
    assertEquals(HIGH, labels(Filter.and(Specimen_.NUMBER.eqIfPresent(null), Specimen_.LABEL.eqIfPresent("high"))));
  }

  @Test
  void badOperandsAreRefusedNamingTheField() {
    InvalidValueException nullOperand = assertThrows(InvalidValueException.class, () -> Specimen_.NUMBER.gt(null));
    assertEquals("Specimen.number.gt(null): give a value, or use isNull().", nullOperand.getMessage());
    InvalidValueException required = assertThrows(InvalidValueException.class, () -> User_.EMAIL.eq(null));
    assertEquals("User.email is required and never NULL: compare it with a value.", required.getMessage());
    assertThrows(InvalidValueException.class, () -> User_.email(null));
  }

  @Test
  void injectionAttemptsAreDataEverywhere() {
    String attack = "x'); drop table users; --";
    client.users().create(User.of(attack, attack));

    assertEquals(attack, client.users().findUniqueOrThrow(User_.email(attack)).name());
    assertEquals(1, client.users().updateMany(User_.NAME.contains("drop table"), u -> u.set(User_.NAME, attack + "2")));
    assertEquals(1, client.users().count(User_.NAME.endsWith("--2")));
    assertEquals(1, db.queryRaw("select count(*) from users where email = ?", rs -> rs.getLong(1), attack).get(0));
  }
}

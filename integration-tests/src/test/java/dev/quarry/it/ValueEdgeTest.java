package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Specimen;
import dev.quarry.it.model.Specimen_;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.error.InvalidQueryException;
import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.query.Filter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Values are stored as given or refused naming the field; queries too big or too deep are refused before SQL. */
class ValueEdgeTest extends ClientTest {

  private static Specimen with(UnaryOperator<Specimen> change) {
    return change.apply(Specimen.labelled("edge"));
  }

  private static Specimen text(String text) {
    Specimen s = Specimen.labelled("edge");
    return new Specimen(null, s.label(), text, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, List.of(), List.of(), List.of());
  }

  private static Specimen instant(Instant instant) {
    return new Specimen(null, "edge", null, null, null, null, null, null, null, null, null, instant, null, null, null, null, null, null,
        null, null, List.of(), List.of(), List.of());
  }

  private static Specimen times(OffsetDateTime offset, LocalDate date, LocalDateTime dateTime) {
    return new Specimen(null, "edge", null, null, null, null, null, null, null, null, null, null, offset, date, null, dateTime, null,
        null, null, null, List.of(), List.of(), List.of());
  }

  private static Specimen decimal(BigDecimal decimal) {
    return new Specimen(null, "edge", null, null, null, null, null, null, null, decimal, null, null, null, null, null, null, null, null,
        null, null, List.of(), List.of(), List.of());
  }

  @Test
  void halfASurrogatePairIsRefusedNotStoredAsAQuestionMark() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> client.specimens().create(text("x\uD800y")));
    assertEquals("Specimen.text holds half of a surrogate pair (\\uD800 at index 1): it is not valid Unicode, and would be stored as '?'.",
        e.getMessage());
    assertThrows(InvalidValueException.class, () -> client.specimens().create(with(s -> new Specimen(null, "edge", null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of("ok", "\uDC00"), List.of(),
        List.of()))));
    Specimen stored = client.specimens().create(text("pair 😀 kept"));
    assertEquals("pair 😀 kept", client.specimens().findUniqueOrThrow(Specimen_.id(stored.id())).text());
  }

  @Test
  void aNulCharacterIsRefusedNamingTheField() {
    Specimen stored = client.specimens().create(text("fine"));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> client.specimens().update(Specimen_.id(stored.id()), u -> u.set(Specimen_.TEXT, "a\0b")));
    assertTrue(e.getMessage().startsWith("Specimen.text holds a NUL character (\\u0000) at index 1"), e.getMessage());
    assertEquals("fine", client.specimens().findUniqueOrThrow(Specimen_.id(stored.id())).text());
  }

  @Test
  void timesOutsidePostgresqlsRangeAreRefusedAndItsLimitsRoundTrip() {
    Instant first = LocalDateTime.of(-4712, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    Instant last = LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000).toInstant(ZoneOffset.UTC);
    for (Instant outside : List.of(Instant.MIN, Instant.MAX, LocalDateTime.of(-100_000, 1, 1, 0, 0).toInstant(ZoneOffset.UTC),
        first.minusNanos(1_000), last.plusNanos(1_000))) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> client.specimens().create(instant(outside)));
      assertTrue(e.getMessage().startsWith("Specimen.instant = " + outside + " is outside the timestamps PostgreSQL stores as given"),
          e.getMessage());
    }
    assertThrows(InvalidValueException.class, () -> client.specimens().create(times(OffsetDateTime.MAX, null, null)));
    assertThrows(InvalidValueException.class, () -> client.specimens().create(times(null, LocalDate.MIN, null)));
    assertThrows(InvalidValueException.class, () -> client.specimens().create(times(null, null, LocalDateTime.MAX)));

    for (Instant limit : List.of(first, last)) {
      Specimen stored = client.specimens().create(instant(limit));
      assertEquals(limit, client.specimens().findUniqueOrThrow(Specimen_.id(stored.id())).instant(), "stored as given");
    }
    LocalDate firstDay = LocalDate.of(-4712, 1, 1);
    Specimen day = client.specimens().create(times(null, firstDay, LocalDateTime.of(-4712, 1, 1, 0, 0)));
    assertEquals(firstDay, client.specimens().findUniqueOrThrow(Specimen_.id(day.id())).date());
    assertEquals(LocalDateTime.of(-4712, 1, 1, 0, 0), client.specimens().findUniqueOrThrow(Specimen_.id(day.id())).dateTime());
  }

  @Test
  void decimalsPastNumericsLimitsAreRefusedWithoutARawArithmeticError() {
    InvalidValueException scale = assertThrows(InvalidValueException.class,
        () -> client.specimens().create(decimal(new BigDecimal(java.math.BigInteger.ONE, 1_000_000_000))));
    assertTrue(scale.getMessage().startsWith("Specimen.decimal is a number with 1000000000 digits after the point"), scale.getMessage());
    assertThrows(InvalidValueException.class, () -> client.specimens().create(decimal(new BigDecimal("1E+200000"))));
    Specimen stored = client.specimens().create(decimal(new BigDecimal("1E-16383")));
    assertEquals(0, new BigDecimal("1E-16383").compareTo(client.specimens().findUniqueOrThrow(Specimen_.id(stored.id())).decimal()));
  }

  @Test
  void manyEqualitiesOnOneColumnBecomeOneArrayParameter() {
    List<Filter<User>> alternatives = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      alternatives.add(User_.EMAIL.eq("user" + i + "@example.com"));
    }
    client.users().create(User.of("user69999@example.com", null));

    assertEquals(1L, client.users().count(Filter.or(alternatives)));
  }

  @Test
  void filtersNestedTooDeepAreRefusedBeforeSql() {
    Filter<User> shallow = User_.EMAIL.eq("a");
    for (int i = 0; i < 100; i++) {
      shallow = shallow.and(User_.NAME.isNull()).or(User_.EMAIL.eq("b" + i));
    }
    client.users().count(shallow);

    Filter<User> deep = User_.EMAIL.eq("a");
    for (int i = 0; i < 1_400; i++) {
      deep = deep.and(User_.NAME.isNull()).or(User_.EMAIL.eq("b" + i));
    }
    Filter<User> tooDeep = deep;
    InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> client.users().count(tooDeep));
    assertTrue(e.getMessage().startsWith("The filter on User nests conditions more than 200 levels deep"), e.getMessage());
  }

  @Test
  void moreValuesThanOneStatementTakesAreRefusedBeforeSql() {
    List<Filter<User>> alternatives = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      alternatives.add(User_.EMAIL.startsWith("user" + i));
    }
    InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> client.users().count(Filter.or(alternatives)));
    assertTrue(e.getMessage().contains("binds 70000 values (User.email first); PostgreSQL takes at most 65535"), e.getMessage());
  }
}

package dev.quarry.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.runtime.error.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Whole numbers reach a component only when they fit: never truncated silently. */
class CastTest {

  @Test
  void wholeNumbersThatFitAreConverted() {
    assertEquals(5, Cast.toInteger(5L));
    assertEquals((short) -3, Cast.toShort(-3));
    assertEquals(7L, Cast.toLong(new BigDecimal("7")));
    assertEquals(2, Cast.toInteger(2.0));
    assertEquals(Long.MAX_VALUE, Cast.toLong(BigInteger.valueOf(Long.MAX_VALUE)));
    assertNull(Cast.toInteger(null));
  }

  @Test
  void numbersThatDoNotFitAreRefusedNotTruncated() {
    InvalidValueException wide = assertThrows(InvalidValueException.class, () -> Cast.toInteger(3_000_000_000L));
    assertEquals("3000000000 does not fit an Integer (-2147483648 to 2147483647).", wide.getMessage());
    assertThrows(InvalidValueException.class, () -> Cast.toShort(70_000));
    assertThrows(InvalidValueException.class, () -> Cast.toLong(new BigDecimal("1.5")));
    assertThrows(InvalidValueException.class, () -> Cast.toInteger(2.5));
    assertThrows(InvalidValueException.class, () -> Cast.toLong(BigInteger.TWO.pow(64)));
  }
}

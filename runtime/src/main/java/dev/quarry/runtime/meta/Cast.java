package dev.quarry.runtime.meta;

import dev.quarry.runtime.error.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Conversions generated code uses to put a value back into a record component: numbers arrive
 * boxed as whatever JDBC or the caller gave, and are converted to the component's type. A whole
 * number is converted only when it fits, never truncated: a value that does not fit is refused.
 */
public final class Cast {

  private Cast() {}

  /** To {@code Short}, keeping {@code null}; refuses a value outside its range or with a fraction. */
  public static Short toShort(Object value) {
    return value == null ? null : (short) whole(value, Short.MIN_VALUE, Short.MAX_VALUE, "a Short");
  }

  /** To {@code Integer}, keeping {@code null}; refuses a value outside its range or with a fraction. */
  public static Integer toInteger(Object value) {
    return value == null ? null : (int) whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "an Integer");
  }

  /** To {@code Long}, keeping {@code null}; refuses a value outside its range or with a fraction. */
  public static Long toLong(Object value) {
    return value == null ? null : whole(value, Long.MIN_VALUE, Long.MAX_VALUE, "a Long");
  }

  /** To {@code Float}, keeping {@code null}. */
  public static Float toFloat(Object value) {
    return value == null ? null : ((Number) value).floatValue();
  }

  /** To {@code Double}, keeping {@code null}. */
  public static Double toDouble(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }

  /** {@code value} as a whole number within {@code [min, max]}, or an {@link InvalidValueException} naming {@code type} ("an Integer"). */
  private static long whole(Object value, long min, long max, String type) {
    long whole;
    try {
      if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
        whole = ((Number) value).longValue();
      } else if (value instanceof BigInteger big) {
        whole = big.longValueExact();
      } else if (value instanceof BigDecimal decimal) {
        whole = decimal.longValueExact();
      } else {
        double number = ((Number) value).doubleValue();
        if (number != Math.rint(number) || number < Long.MIN_VALUE || number > Long.MAX_VALUE) {
          throw new ArithmeticException("not a whole number");
        }
        whole = (long) number;
      }
    } catch (ArithmeticException e) {
      throw new InvalidValueException(value + " is not a whole number that fits " + type + ".", e);
    }
    if (whole < min || whole > max) {
      throw new InvalidValueException(value + " does not fit " + type + " (" + min + " to " + max + ").");
    }
    return whole;
  }
}

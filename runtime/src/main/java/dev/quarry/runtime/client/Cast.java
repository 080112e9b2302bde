package dev.quarry.runtime.client;

/**
 * Conversions generated code uses to put a value back into a record component: numbers arrive
 * boxed as whatever JDBC or the caller gave, and are narrowed or widened to the component's type.
 */
public final class Cast {

  private Cast() {}

  /** To {@code Short}, keeping {@code null}. */
  public static Short toShort(Object value) {
    return value == null ? null : ((Number) value).shortValue();
  }

  /** To {@code Integer}, keeping {@code null}. */
  public static Integer toInteger(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  /** To {@code Long}, keeping {@code null}. */
  public static Long toLong(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  /** To {@code Float}, keeping {@code null}. */
  public static Float toFloat(Object value) {
    return value == null ? null : ((Number) value).floatValue();
  }

  /** To {@code Double}, keeping {@code null}. */
  public static Double toDouble(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }
}

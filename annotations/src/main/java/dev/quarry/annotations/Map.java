package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name something has in the database, when it differs from the one Quarry derives.
 *
 * <ul>
 *   <li>On a model: the table ({@code @Map("app_user") record User(...)}).
 *   <li>On a component: the column ({@code @Map("e_mail") String email}).
 *   <li>On a Java enum: the PostgreSQL enum type ({@code @Map("post_status") enum Status}).
 *   <li>On an enum constant: the stored label ({@code @Map("cancelled") CANCELLED}).
 * </ul>
 *
 * <p>Names are used exactly as written (always quoted), so reserved words such as {@code user} or
 * {@code order} are safe. PostgreSQL names are at most 63 bytes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Map {

  /** The database name. */
  String value();
}

package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The runtime sets this component to the current time on every create and update.
 *
 * <p>Only for {@code Instant}, {@code OffsetDateTime} and {@code LocalDateTime}.
 *
 * <pre>{@code
 * @UpdatedAt Instant updatedAt
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface UpdatedAt {}

package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a {@code String} component as a JSON document ({@code jsonb} in PostgreSQL).
 *
 * <p>A Jackson {@code JsonNode} component is JSON without this annotation.
 *
 * <pre>{@code
 * @Json String settings
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Json {}

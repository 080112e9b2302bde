package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component as optional: its column accepts {@code NULL} (Prisma's {@code String?}).
 *
 * <p>Any annotation named {@code Nullable} has the same effect (JSpecify, Jakarta, JetBrains ...),
 * so use whichever your code base already does. Primitives and lists cannot be optional.
 *
 * <pre>{@code
 * @Model
 * public record User(@Id Integer id, @Nullable String name) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
public @interface Nullable {}

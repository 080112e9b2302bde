package dev.quarry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The naming style of the models and enums of a package ({@code package-info.java}) or of one
 * record or enum, so that records over a database another tool made (Prisma's verbatim names)
 * need no {@link Map} on every line. {@link Map} still names any one table, column or type.
 *
 * <pre>{@code
 * @Naming(NamingStyle.VERBATIM)
 * package com.acme.model;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface Naming {

  /** The style. */
  NamingStyle value();
}

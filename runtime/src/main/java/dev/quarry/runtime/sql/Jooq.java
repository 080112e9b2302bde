package dev.quarry.runtime.sql;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * jOOQ as a quiet SQL renderer: no logo, no tips in the application's output. Its context is made
 * on first use, when a statement shape is rendered: an application whose statements are all
 * compiled in (lookups by key) never loads jOOQ.
 */
public final class Jooq {

  /** The renderer, made when first asked for. */
  private static final class Context {
    static {
      quiet();
    }

    static final DSLContext INSTANCE = DSL.using(SQLDialect.POSTGRES, new Settings()
        .withRenderQuotedNames(RenderQuotedNames.ALWAYS)
        .withRenderFormatted(false)
        .withRenderSchema(false)
        .withParamType(ParamType.NAMED));
  }

  /** The PostgreSQL renderer every statement shape is rendered with. */
  static DSLContext context() {
    return Context.INSTANCE;
  }

  private Jooq() {}

  /** Turns off jOOQ's start-up banner and tips, unless the application set them itself. */
  public static void quiet() {
    System.getProperties().putIfAbsent("org.jooq.no-logo", "true");
    System.getProperties().putIfAbsent("org.jooq.no-tips", "true");
  }
}

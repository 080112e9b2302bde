/**
 * The Quarry client: {@code Database}, the repositories generated code extends, the query model,
 * transactions and typed exceptions. The engine that renders SQL ({@code dev.quarry.runtime.sql})
 * and runs it over JDBC ({@code dev.quarry.runtime.jdbc}) is not exported.
 */
module dev.quarry.runtime {
  requires transitive java.sql;
  requires transitive dev.quarry.schema;
  requires transitive com.fasterxml.jackson.databind;
  // Generated code carries @Generated, which lives in java.compiler; needed to compile it only.
  requires static transitive java.compiler;
  // DataSources hands out the HikariCP pool it builds, to be tuned like any other.
  requires transitive com.zaxxer.hikari;
  requires org.jooq;
  // The driver has no module descriptor; its Automatic-Module-Name is stable.
  requires org.postgresql.jdbc;
  // StatementMetrics and StatementTracing, used only by applications that have these libraries.
  requires static micrometer.core;
  requires static io.opentelemetry.api;

  exports dev.quarry.runtime;
  exports dev.quarry.runtime.config;
  exports dev.quarry.runtime.error;
  exports dev.quarry.runtime.event;
  exports dev.quarry.runtime.meta;
  exports dev.quarry.runtime.query;
  exports dev.quarry.runtime.transaction;

  // quarry-embedded starts a PostgreSQL when no URL is given.
  uses dev.quarry.runtime.config.EmbeddedDatabase.Provider;
}

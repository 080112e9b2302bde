package dev.quarry.runtime.event;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.time.Instant;

/**
 * An OpenTelemetry span for every statement, a child of the span current on the calling thread,
 * following the database semantic conventions: named {@code <operation> <table>}, kind
 * {@code CLIENT}, with {@code db.system} / {@code db.system.name} {@code postgresql},
 * {@code db.operation.name}, {@code db.collection.name}, {@code db.query.text} (the SQL with its
 * placeholders, never the values) and the error status when it failed. Needs
 * {@code io.opentelemetry:opentelemetry-api} on the class path.
 *
 * <pre>{@code
 * Database.builder().url(url).listener(new StatementTracing(GlobalOpenTelemetry.get())).build();
 * }</pre>
 */
public final class StatementTracing implements QueryListener {

  private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("db.system");
  private static final AttributeKey<String> SYSTEM_NAME = AttributeKey.stringKey("db.system.name");
  private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("db.operation.name");
  private static final AttributeKey<String> COLLECTION = AttributeKey.stringKey("db.collection.name");
  private static final AttributeKey<String> QUERY = AttributeKey.stringKey("db.query.text");
  private static final AttributeKey<Long> BATCH = AttributeKey.longKey("db.operation.batch.size");
  private static final AttributeKey<String> TARGET = AttributeKey.stringKey("quarry.target");

  private final Tracer tracer;

  /** Spans from {@code openTelemetry}'s tracer named {@code dev.quarry}. */
  // The library is the application's to require: a module that uses this class reads it itself.
  @SuppressWarnings("exports")
  public StatementTracing(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer("dev.quarry");
  }

  @Override
  public void onQuery(QueryEvent event) {
    // Told after the statement ran: the span starts when it began and ends now.
    Instant end = Instant.now();
    Span span = tracer.spanBuilder(event.table() != null ? event.operation() + " " + event.table() : event.operation())
        .setSpanKind(SpanKind.CLIENT)
        .setStartTimestamp(end.minus(event.duration()))
        .setAttribute(SYSTEM, "postgresql")
        .setAttribute(SYSTEM_NAME, "postgresql")
        .setAttribute(OPERATION, event.operation())
        .setAttribute(QUERY, event.sql())
        .setAttribute(TARGET, event.target())
        .startSpan();
    if (event.table() != null) {
      span.setAttribute(COLLECTION, event.table());
    }
    if (event.batchSize() > 1) {
      span.setAttribute(BATCH, (long) event.batchSize());
    }
    if (event.failed()) {
      span.setStatus(StatusCode.ERROR);
    }
    span.end(end);
  }
}

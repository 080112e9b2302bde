package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.error.UniqueConstraintException;
import dev.quarry.runtime.event.StatementMetrics;
import dev.quarry.runtime.event.StatementTracing;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements timed into Micrometer and traced with OpenTelemetry, by the listeners an application adds. */
class ObservabilityTest extends ClientTest {

  @Test
  void statementsAreTimedByModelOperationOutcomeAndTarget() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    StatementMetrics metrics = new StatementMetrics(registry);
    db.addListener(metrics);
    try {
      client.users().create(User.of("timed@example.com", "Timed"));
      client.users().findUnique(User_.email("timed@example.com"));
      assertThrows(UniqueConstraintException.class, () -> client.users().create(User.of("timed@example.com", "Again")));
    } finally {
      db.removeListener(metrics);
    }

    assertEquals(1, timer(registry, "insert", "success").count());
    assertEquals(1, timer(registry, "insert", "failure").count());
    Timer select = timer(registry, "select", "success");
    assertEquals(1, select.count());
    assertTrue(select.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) > 0);
  }

  @Test
  void spansFollowTheDatabaseConventionsUnderTheCallersSpanWithoutValues() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()).build();
    StatementTracing tracing = new StatementTracing(telemetry);
    db.addListener(tracing);
    Span request = telemetry.getTracer("test").spanBuilder("GET /users").startSpan();
    Scope scope = request.makeCurrent();
    try {
      client.users().create(User.of("traced@example.com", "Traced"));
      client.users().findMany(q -> q.where(User_.EMAIL.eq("traced@example.com")));
      assertThrows(UniqueConstraintException.class, () -> client.users().create(User.of("traced@example.com", "Again")));
    } finally {
      scope.close();
      request.end();
      db.removeListener(tracing);
    }

    List<SpanData> statements = exporter.getFinishedSpanItems().stream().filter(span -> span.getKind() == SpanKind.CLIENT).toList();
    assertEquals(List.of("insert users", "select users", "insert users"), statements.stream().map(SpanData::getName).toList());
    SpanData select = statements.get(1);
    assertEquals(request.getSpanContext().getSpanId(), select.getParentSpanId(), "a child of the caller's span");
    assertEquals("postgresql", select.getAttributes().get(AttributeKey.stringKey("db.system")));
    assertEquals("select", select.getAttributes().get(AttributeKey.stringKey("db.operation.name")));
    assertEquals("users", select.getAttributes().get(AttributeKey.stringKey("db.collection.name")));
    String sql = select.getAttributes().get(AttributeKey.stringKey("db.query.text"));
    assertTrue(sql.contains("= ?") && !sql.contains("traced@example.com"), "the SQL without its values: " + sql);
    assertTrue(select.getEndEpochNanos() > select.getStartEpochNanos());
    assertEquals(StatusCode.UNSET, select.getStatus().getStatusCode());
    assertEquals(StatusCode.ERROR, statements.get(2).getStatus().getStatusCode(), "the refused insert");
    assertFalse(statements.get(0).getAttributes().asMap().values().stream().anyMatch(v -> String.valueOf(v).contains("traced@")));
  }

  private static Timer timer(SimpleMeterRegistry registry, String operation, String outcome) {
    return registry.get(StatementMetrics.NAME).tags("model", "User", "operation", operation, "outcome", outcome, "target", "primary")
        .timer();
  }
}

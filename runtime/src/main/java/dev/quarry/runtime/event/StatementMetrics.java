package dev.quarry.runtime.event;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times every statement into Micrometer: a timer {@value #NAME} tagged with {@code model},
 * {@code operation} ({@code select}, {@code insert}, …), {@code outcome} ({@code success} or
 * {@code failure}) and {@code target} ({@code primary} or {@code replica}). Needs
 * {@code io.micrometer:micrometer-core} on the class path; the Spring Boot starter registers one
 * when the application has a {@code MeterRegistry}.
 *
 * <pre>{@code
 * Database.builder().url(url).listener(new StatementMetrics(registry)).build();
 * }</pre>
 */
public final class StatementMetrics implements QueryListener {

  /** The timer's name. */
  public static final String NAME = "quarry.statements";

  private final MeterRegistry registry;
  // Statements come in few kinds: each timer is built and registered once, not per statement.
  private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

  private record Key(String model, String operation, boolean failed, String target) {}

  /** Records into {@code registry}. */
  // The library is the application's to require: a module that uses this class reads it itself.
  @SuppressWarnings("exports")
  public StatementMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void onQuery(QueryEvent event) {
    Key key = new Key(event.model() != null ? event.model() : "none", event.operation(), event.failed(), event.target());
    timers.computeIfAbsent(key, this::register).record(event.duration());
  }

  private Timer register(Key key) {
    return Timer.builder(NAME)
        .description("Statements Quarry ran")
        .tag("model", key.model())
        .tag("operation", key.operation())
        .tag("outcome", key.failed() ? "failure" : "success")
        .tag("target", key.target())
        .register(registry);
  }
}

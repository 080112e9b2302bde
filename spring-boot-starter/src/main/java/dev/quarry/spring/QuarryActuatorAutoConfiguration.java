package dev.quarry.spring;

import dev.quarry.migrate.Migrator;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.event.QueryEvent;
import dev.quarry.runtime.event.QueryListener;
import dev.quarry.runtime.event.StatementMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Quarry in Actuator: a health indicator (database reachable, no failed migration), the
 * {@code quarry} endpoint (applied and pending migrations), and a Micrometer timer per model,
 * operation, outcome and target ({@code quarry.statements}); no tag holds a parameter value.
 */
@AutoConfiguration(after = QuarryAutoConfiguration.class)
@ConditionalOnClass(Database.class)
public class QuarryActuatorAutoConfiguration {

  /** The health indicator and the migrations endpoint. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"org.springframework.boot.health.contributor.HealthIndicator",
      "org.springframework.boot.actuate.endpoint.annotation.Endpoint"})
  @ConditionalOnBean(QuarryMigrations.class)
  static class Health {

    @Bean
    @ConditionalOnMissingBean(name = "quarryHealthIndicator")
    QuarryHealthIndicator quarryHealthIndicator(QuarryMigrations migrations) {
      return new QuarryHealthIndicator(migrations);
    }

    @Bean
    @ConditionalOnMissingBean
    QuarryEndpoint quarryEndpoint(QuarryMigrations migrations) {
      return new QuarryEndpoint(migrations);
    }
  }

  /** The statement timer ({@link StatementMetrics}), when Micrometer is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class Metrics {

    /**
     * Records into the application's registry once there is one; looked up on first use, since the
     * database is built before the registry.
     */
    @Bean
    QueryListener quarryStatementTimer(ObjectProvider<MeterRegistry> registries) {
      return new QueryListener() {
        private volatile StatementMetrics metrics;

        @Override
        public void onQuery(QueryEvent event) {
          StatementMetrics recorder = metrics;
          if (recorder == null) {
            MeterRegistry registry = registries.getIfAvailable();
            if (registry == null) {
              return;
            }
            recorder = new StatementMetrics(registry);
            metrics = recorder;
          }
          recorder.onQuery(event);
        }
      };
    }
  }

  static Migrator.Status status(QuarryMigrations migrations) {
    return migrations.migrator().status(false);
  }
}

package dev.quarry.spring;

import dev.quarry.migrate.Migrator;
import dev.quarry.migrate.TargetDatabase;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.event.QueryListener;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Quarry over Spring Boot's {@code DataSource}: a {@link Database} whose statements run on the
 * connection of the current Spring transaction, every generated repository and the
 * {@code QuarryClient} as beans, migrations applied at start-up, and Spring's exceptions.
 * Backs off when the application defines its own {@code Database}.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@ConditionalOnClass(Database.class)
@EnableConfigurationProperties(QuarryProperties.class)
public class QuarryAutoConfiguration {

  /** Registers the generated repositories and client from the processor's index. */
  @Bean
  static QuarryRepositories quarryRepositories() {
    return new QuarryRepositories(QuarryAutoConfiguration.class.getClassLoader());
  }

  /**
   * The database: Boot's pool, seen through a transaction-aware proxy so that inside
   * {@code @Transactional} Quarry uses that transaction's connection. Created after the
   * migrations at start-up, when they are enabled.
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(DataSource.class)
  Database quarryDatabase(DataSource dataSource, QuarryProperties properties, ObjectProvider<QuarryMigrations> migrations,
      ObjectProvider<QueryListener> listeners) {
    migrations.ifAvailable(applied -> { });
    Database.Builder builder = Database.builder()
        .dataSource(new TransactionAwareDataSourceProxy(dataSource))
        .externalTransactions(new SpringTransactions())
        .logParameters(properties.isLogParameters())
        .replicaMaxLag(properties.getReplicaMaxLag())
        .readYourWritesWait(properties.getReadYourWritesWait());
    properties.getReplicaUrls().forEach(builder::replica);
    listeners.orderedStream().forEach(builder::listener);
    return builder.build();
  }

  /** Quarry's exceptions as Spring's, for {@code @Repository} beans. */
  @Bean
  @ConditionalOnMissingBean
  QuarryExceptionTranslator quarryExceptionTranslator() {
    return new QuarryExceptionTranslator();
  }

  /** Migrations at start-up ({@code quarry.migrate.enabled}, on by default). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Migrator.class)
  @ConditionalOnBean(DataSource.class)
  @ConditionalOnProperty(prefix = "quarry.migrate", name = "enabled", matchIfMissing = true)
  static class MigrationsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    QuarryMigrations quarryMigrations(DataSource dataSource, QuarryProperties properties) {
      String direct = properties.getMigrate().getUrl();
      if (direct == null || direct.isBlank()) {
        direct = System.getenv(DatabaseUrl.DIRECT_ENVIRONMENT_VARIABLE);
      }
      ClassLoader loader = QuarryAutoConfiguration.class.getClassLoader();
      if (direct == null || direct.isBlank()) {
        return new QuarryMigrations(dataSource, loader, null);
      }
      // A pooler's address is refused here, with the way out.
      TargetDatabase target = TargetDatabase.open(DatabaseUrl.parse(direct));
      return new QuarryMigrations(target.dataSource(), loader, target);
    }
  }
}

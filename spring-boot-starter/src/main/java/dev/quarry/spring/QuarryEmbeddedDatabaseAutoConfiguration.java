package dev.quarry.spring;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.embedded.EmbeddedPostgres;
import dev.quarry.runtime.config.DataSources;
import dev.quarry.runtime.config.DatabaseUrl;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * A {@code DataSource} when the application configures none ({@code spring.datasource.url}
 * unset): the database {@code DATABASE_URL} names, else the embedded PostgreSQL of
 * {@code quarry-embedded} (kept in {@code quarry.embedded.data-directory}, or thrown away with
 * {@code quarry.embedded.temporary}), so a new project runs with nothing installed.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@ConditionalOnClass(name = "dev.quarry.embedded.EmbeddedPostgres")
@Conditional(QuarryEmbeddedDatabaseAutoConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(QuarryProperties.class)
public class QuarryEmbeddedDatabaseAutoConfiguration {

  /** The embedded server, stopped with the application; absent when {@code DATABASE_URL} is set. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(DataSource.class)
  QuarryDevelopmentDatabase quarryDevelopmentDatabase(QuarryProperties properties) {
    Optional<DatabaseUrl> configured = DatabaseUrl.fromEnvironment();
    if (configured.isPresent()) {
      return new QuarryDevelopmentDatabase(configured.get(), null);
    }
    EmbeddedPostgres server = properties.getEmbedded().isTemporary() ? EmbeddedPostgres.startTemporary()
        : EmbeddedPostgres.start(Path.of(properties.getEmbedded().getDataDirectory()));
    return new QuarryDevelopmentDatabase(server.url("postgres"), server);
  }

  /** A pool over it, as Boot would make one for {@code spring.datasource.url}. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(DataSource.class)
  HikariDataSource dataSource(QuarryDevelopmentDatabase database) {
    return DataSources.pooled(database.url(), 10);
  }

  /** The database a DataSource is made for, and the embedded server to stop, if one was started. */
  public record QuarryDevelopmentDatabase(DatabaseUrl url, EmbeddedPostgres server) implements AutoCloseable {
    @Override
    public void close() {
      if (server != null) {
        server.close();
      }
    }
  }

  /** Matches when the application sets no {@code spring.datasource.url}. */
  static final class NoDataSourceUrl extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))
          ? ConditionOutcome.noMatch("spring.datasource.url is set")
          : ConditionOutcome.match("no spring.datasource.url");
    }
  }
}

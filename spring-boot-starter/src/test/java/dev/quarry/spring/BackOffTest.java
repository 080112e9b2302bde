package dev.quarry.spring;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.runtime.Database;
import dev.quarry.spring.app.model.UserRepository;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The auto-configuration gives way to the application's own {@code Database}, and still registers the repositories over it. */
class BackOffTest {

  @Test
  void anApplicationsOwnDatabaseIsUsedAndNoneIsCreated() {
    DataSource unused = new SimpleDriverDataSource();
    Database own = Database.connect(unused);
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(QuarryAutoConfiguration.class))
        .withPropertyValues("quarry.migrate.enabled=false")
        .withBean(DataSource.class, () -> unused)
        .withBean(Database.class, () -> own)
        .run(context -> {
          assertSame(own, context.getBean(Database.class));
          assertTrue(context.getBeansOfType(Database.class).size() == 1);
          assertTrue(context.containsBean("userRepository"), "repositories come from the index");
          context.getBean(UserRepository.class);
        });
  }
}

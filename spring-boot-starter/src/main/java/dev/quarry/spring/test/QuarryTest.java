package dev.quarry.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test of Quarry repositories, in the spirit of {@code @JdbcTest}: starts only the data source,
 * Spring's transactions and Quarry's beans (the {@code Database}, every repository, the client,
 * migrations applied), on a throw-away embedded PostgreSQL (or {@code spring.datasource.url} /
 * {@code DATABASE_URL}), and rolls each test back.
 *
 * <pre>{@code
 * @QuarryTest
 * class UserRepositoryTest {
 *   @Autowired UserRepository users;
 *
 *   @Test
 *   void findsByEmail() { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(QuarryTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@ImportAutoConfiguration
@Transactional
public @interface QuarryTest {

  /** Properties to add to the environment, as {@code key=value}. */
  String[] properties() default {};
}

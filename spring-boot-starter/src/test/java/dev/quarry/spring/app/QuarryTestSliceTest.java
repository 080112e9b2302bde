package dev.quarry.spring.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.spring.app.model.User;
import dev.quarry.spring.app.model.UserRepository;
import dev.quarry.spring.test.QuarryTest;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code @QuarryTest}: repositories on a migrated throw-away database, each test rolled back. */
@QuarryTest
class QuarryTestSliceTest {

  @Autowired UserRepository users;

  @RepeatedTest(2)
  void eachTestStartsFromTheMigratedEmptyDatabase() {
    assertEquals(0, users.count(), "the previous repetition was rolled back");
    users.create(User.of("slice@example.com"));
    assertEquals(1, users.count());
  }
}

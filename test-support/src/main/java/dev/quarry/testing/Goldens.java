package dev.quarry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/goldens}. Run the tests with
 * {@code -Dquarry.updateGoldens=true} to rewrite them after an intended change, then review the
 * diff.
 */
public final class Goldens {

  private Goldens() {}

  /** Asserts {@code actual} equals the golden {@code goldenName}, or rewrites it under {@code -Dquarry.updateGoldens=true}. */
  public static void assertMatches(String goldenName, String actual) {
    Path path = Path.of(System.getProperty("quarry.goldens", "src/test/resources/goldens")).resolve(goldenName);
    try {
      if (Boolean.getBoolean("quarry.updateGoldens")) {
        Files.createDirectories(path.getParent());
        Files.writeString(path, actual, StandardCharsets.UTF_8);
        return;
      }
      String expected = Files.readString(path, StandardCharsets.UTF_8);
      assertEquals(expected, actual, "Output differs from golden " + goldenName
          + " (run with -Dquarry.updateGoldens=true to accept an intended change)");
    } catch (IOException e) {
      throw new UncheckedIOException("Missing golden " + path + "; run with -Dquarry.updateGoldens=true", e);
    }
  }
}

package dev.quarry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void eachKindOfIdHasItsFormatAndNeverRepeats() {
    assertFormat(Pattern.compile("c[0-9a-z]{24}"), Ids::cuidV1);
    assertFormat(Pattern.compile("[a-z][0-9a-z]{23}"), Ids::cuid);
    assertFormat(Pattern.compile("[0-9A-HJKMNP-TV-Z]{26}"), Ids::ulid);
    assertFormat(Pattern.compile("[0-9A-Za-z_-]{21}"), Ids::nanoid);
  }

  @Test
  void cuidsOfTheFirstFormatStartWithTheirTimeAndTheProcessFingerprint() {
    String first = Ids.cuidV1();
    String second = Ids.cuidV1();
    // The time comes first, so later ids sort after earlier ones (to the millisecond).
    assertTrue(second.substring(1, 9).compareTo(first.substring(1, 9)) >= 0, first + " then " + second);
    assertEquals(first.substring(13, 17), second.substring(13, 17), "one process, one fingerprint");
  }

  private static void assertFormat(Pattern format, java.util.function.Supplier<String> ids) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = ids.get();
      assertTrue(format.matcher(id).matches(), id);
      assertTrue(seen.add(id), "repeated: " + id);
    }
  }
}

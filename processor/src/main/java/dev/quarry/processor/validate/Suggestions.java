package dev.quarry.processor.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** "Did you mean ...?" hints for misspelt names. */
final class Suggestions {

  private Suggestions() {}

  /**
   * A sentence to append to an error: the closest candidate when one is close, else the list of
   * candidates; starts with a space, or is empty when there are no candidates.
   */
  static String hint(String wrong, Collection<String> candidates) {
    if (candidates.isEmpty()) {
      return "";
    }
    String best = candidates.stream()
        .min(Comparator.comparingInt((String c) -> distance(wrong.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()))
        .orElseThrow();
    int distance = distance(wrong.toLowerCase(Locale.ROOT), best.toLowerCase(Locale.ROOT));
    if (distance < wrong.length() && distance <= Math.max(2, wrong.length() / 3)) {
      return " Did you mean \"" + best + "\"?";
    }
    return " Its components are: " + String.join(", ", candidates) + ".";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

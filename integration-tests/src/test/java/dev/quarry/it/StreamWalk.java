package dev.quarry.it;

import dev.quarry.it.model.Product_;
import dev.quarry.it.model.QuarryClient;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.config.DatabaseUrl;

/** Walks every product with {@code forEach}, in a JVM of its own whose heap the test caps; prints the count and the sum of ids. */
public final class StreamWalk {

  private StreamWalk() {}

  public static void main(String[] args) {
    try (Database database = Database.builder().url(new DatabaseUrl(args[0], args[1], args.length > 2 ? args[2] : null))
        .poolSize(1).build()) {
      long[] totals = new long[2];
      new QuarryClient(database).products().forEach(q -> q.orderBy(Product_.ID.asc()), product -> {
        totals[0]++;
        totals[1] += product.id();
      });
      System.out.println(totals[0] + " " + totals[1]);
    }
  }
}

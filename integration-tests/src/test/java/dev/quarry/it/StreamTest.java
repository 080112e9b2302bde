package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Product;
import dev.quarry.it.model.Product_;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.config.DatabaseUrl;
import dev.quarry.runtime.error.InvalidQueryException;
import dev.quarry.testing.TestServer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** stream() and forEach(): rows read as they are consumed, from a cursor, in constant memory. */
class StreamTest extends ClientTest {

  @Test
  void streamsWhatFindManyFindsInOrderAndReleasesItsConnectionWhenClosedOrDone() {
    for (int i = 0; i < 5; i++) {
      client.products().create(new Product(null, "s" + i, new BigDecimal(i)));
    }
    List<String> codes;
    try (Stream<Product> products = client.products().stream(q -> q.where(Product_.CODE.startsWith("s")).orderBy(Product_.CODE.desc()))) {
      codes = products.map(Product::code).toList();
    }
    assertEquals(List.of("s4", "s3", "s2", "s1", "s0"), codes);
    assertEquals(codes, client.products().findMany(q -> q.where(Product_.CODE.startsWith("s")).orderBy(Product_.CODE.desc()))
        .stream().map(Product::code).toList());

    // More streams than the pool has connections: each left early and closed, or read to the end.
    for (int i = 0; i < 12; i++) {
      try (Stream<Product> products = client.products().stream(q -> q.orderBy(Product_.ID.asc()))) {
        assertTrue(products.findFirst().isPresent());
      }
      assertEquals(5, client.products().stream(q -> q.where(Product_.CODE.startsWith("s"))).count());
    }
    List<String> seen = new ArrayList<>();
    client.products().forEach(q -> q.where(Product_.CODE.eq("s2")).select(Product_.CODE), p -> seen.add(p.code()));
    assertEquals(List.of("s2"), seen);
  }

  @Test
  void insideATransactionItReadsTheTransactionsOwnRows() {
    long seen = client.transaction(tx -> {
      tx.products().create(new Product(null, "tx", BigDecimal.ONE));
      try (Stream<Product> products = tx.products().stream(q -> q.where(Product_.CODE.eq("tx")))) {
        return products.count();
      }
    });
    assertEquals(1, seen);
  }

  @Test
  void includesAreRefusedWithTheWayToPageThem() {
    InvalidQueryException e = assertThrows(InvalidQueryException.class,
        () -> client.users().stream(q -> q.include(User_.POSTS.include())));
    assertTrue(e.getMessage().startsWith("stream() on User does not load includes ([posts])"), e.getMessage());
  }

  @Test
  void aMillionRowsWalkInAHeapOf64Megabytes() throws Exception {
    db.executeRaw("insert into products (code, price) select 'm', 1.00 from generate_series(1, 1000000)");
    long first = db.queryRaw("select min(id) from products where code = 'm'", rs -> rs.getLong(1)).get(0);
    db.executeRaw("delete from products where code <> 'm'");
    String name = db.queryRaw("select current_database()", rs -> rs.getString(1)).get(0);
    DatabaseUrl own = TestServer.withDatabase(TestDatabase.server(), name);

    // Read whole, these rows would not fit: the walk succeeds only if they come from a cursor.

    Process walk = new ProcessBuilder(ChildJvm.command(StreamWalk.class, own, "-Xmx64m")).redirectErrorStream(true).start();
    String out = new String(walk.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(walk.waitFor(120, TimeUnit.SECONDS), "the walk finished");
    assertEquals(0, walk.exitValue(), out);
    long n = 1_000_000;
    assertEquals(n + " " + (n * first + n * (n - 1) / 2), out.lines().reduce((a, b) -> b).orElse(""), out);
  }
}

package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.it.model.Product;
import dev.quarry.it.model.Review;
import dev.quarry.it.model.Review_;
import dev.quarry.runtime.error.ForeignKeyException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An optional relation over a required foreign key: the column is NOT NULL, the relation may be absent in Java. */
class OptionalRelationTest extends ClientTest {

  @Test
  void theKeyIsRequiredTheRelationIsReadWhenIncludedAndDeletesAreRestricted() {
    Product product = client.products().create(new Product(null, "abc", new BigDecimal("1.00")));
    Review review = client.reviews().create(new Review(null, "good", null, product.id()));

    assertNull(client.reviews().findUniqueOrThrow(Review_.id(review.id())).product(), "not loaded unless included");
    Review withProduct = client.reviews().findUniqueOrThrow(Review_.id(review.id()), q -> q.include(Review_.PRODUCT.include()));
    assertEquals("abc", withProduct.product().code());
    assertEquals(1L, client.reviews().count(Review_.PRODUCT.is(dev.quarry.it.model.Product_.CODE.eq("abc"))));
    assertEquals("NO", db.queryRaw("select is_nullable from information_schema.columns where table_name = 'reviews' "
        + "and column_name = 'product_id'", rs -> rs.getString(1)).get(0));
    assertThrows(ForeignKeyException.class, () -> client.products().delete(dev.quarry.it.model.Product_.id(product.id())),
        "the key is required, so a delete is restricted, not set to null");
  }
}

package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.it.model.Product;
import dev.quarry.it.model.Product_;
import dev.quarry.runtime.error.CheckConstraintException;
import dev.quarry.runtime.error.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Values past a native type's limits are refused before SQL runs, naming the field; values within them are stored. */
class ValueLimitTest extends ClientTest {

  @Test
  void lengthCountsCharactersNotUtf16Units() {
    Product emoji = client.products().create(new Product(null, "😀😀😀", new BigDecimal("1.00")));
    assertEquals("😀😀😀", client.products().findUniqueOrThrow(Product_.id(emoji.id())).code());

    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> client.products().create(new Product(null, "abcd", new BigDecimal("1.00"))));
    assertEquals("Product.code holds at most 3 characters (varchar(3)); the value has 4.", e.getMessage());
  }

  @Test
  void digitsBeforeThePointAreCheckedAfterRoundingToTheScale() {
    Product largest = client.products().create(new Product(null, "max", new BigDecimal("9999.994")));
    assertEquals(new BigDecimal("9999.99"), largest.price());

    InvalidValueException rounded = assertThrows(InvalidValueException.class,
        () -> client.products().create(new Product(null, "rnd", new BigDecimal("9999.995"))));
    assertEquals("Product.price = 9999.995 is out of range for numeric(6,2): at most 4 digits before the point.", rounded.getMessage());

    InvalidValueException update = assertThrows(InvalidValueException.class,
        () -> client.products().update(Product_.id(largest.id()), u -> u.set(Product_.PRICE, new BigDecimal("10000"))));
    assertEquals("Product.price = 10000 is out of range for numeric(6,2): at most 4 digits before the point.", update.getMessage());
    assertEquals(new BigDecimal("9999.99"), client.products().findUniqueOrThrow(Product_.id(largest.id())).price());
  }

  @Test
  void anIncrementThatOverflowsNamesTheFieldTheServerCouldNot() {
    Product product = client.products().create(new Product(null, "inc", new BigDecimal("9000.00")));

    InvalidValueException overflow = assertThrows(InvalidValueException.class,
        () -> client.products().update(Product_.id(product.id()), u -> u.increment(Product_.PRICE, new BigDecimal("2000"))));

    assertEquals("A value is out of range for Product.price: numeric field overflow", overflow.getMessage());
    assertEquals(new BigDecimal("9000.00"), client.products().findUniqueOrThrow(Product_.id(product.id())).price());
  }

  @Test
  void aRowTheModelsCheckRefusesIsATypedErrorNamingTheCheckAndTheModelButNoValue() {
    CheckConstraintException refused = assertThrows(CheckConstraintException.class,
        () -> client.products().create(new Product(null, "neg", new BigDecimal("-12.34"))));

    assertEquals("The check price_not_negative on Product refused the row.", refused.getMessage());
    assertEquals("Product", refused.model());
    assertEquals("price_not_negative", refused.check());
    assertEquals("23514", refused.sqlState());
  }
}

package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Customer;
import dev.quarry.it.model.Customer_;
import dev.quarry.it.model.Invoice;
import dev.quarry.it.model.Invoice_;
import dev.quarry.runtime.WithCounts;
import dev.quarry.runtime.error.InvalidQueryException;
import dev.quarry.runtime.error.RecordNotFoundException;
import dev.quarry.runtime.error.UniqueConstraintException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @SoftDelete}: delete marks, every read leaves marked rows out unless asked, restore and hard delete. */
class SoftDeleteTest extends ClientTest {

  Customer ada;
  Customer bob;

  @BeforeEach
  void seed() {
    db.executeRaw("truncate customers, invoices restart identity cascade");
    ada = client.customers().create(Customer.of("ada@soft.example", "Ada"));
    bob = client.customers().create(Customer.of("bob@soft.example", "Bob"));
  }

  @Test
  void aDeletedRowIsMarkedAndEveryReadLeavesItOut() {
    Customer deleted = client.customers().delete(Customer_.id(bob.id()));

    assertNotNull(deleted.deletedAt(), "marked, with the time");
    assertEquals(1, db.queryRaw("select count(*) from customers where id = ?", rs -> rs.getLong(1), bob.id()).get(0),
        "still stored");
    assertTrue(client.customers().findUnique(Customer_.id(bob.id())).isEmpty());
    assertEquals(List.of("Ada"), client.customers().findMany().stream().map(Customer::name).toList());
    assertEquals(1, client.customers().count());
    assertEquals(1, client.customers().aggregate(a -> a.count()).count());
    try (Stream<Customer> all = client.customers().stream(q -> { })) {
      assertEquals(1, all.count());
    }
    assertEquals(bob.id(), client.customers().findUniqueOrThrow(Customer_.id(bob.id()), q -> q.withDeleted()).id());
    assertEquals(2, client.customers().findMany(q -> q.withDeleted()).size());
    assertEquals(List.of("Bob"), client.customers().findMany(q -> q.onlyDeleted()).stream().map(Customer::name).toList());
    assertEquals(1, client.customers().aggregate(a -> a.onlyDeleted().count()).count());
    assertThrows(RecordNotFoundException.class, () -> client.customers().delete(Customer_.id(bob.id())), "already deleted");
  }

  @Test
  void updatesChangeLiveRowsOnlyAndTheMarkIsNotAssignable() {
    client.customers().delete(Customer_.id(bob.id()));

    assertThrows(RecordNotFoundException.class, () -> client.customers().update(Customer_.id(bob.id()), u -> u.set(Customer_.NAME, "B")));
    assertEquals(1, client.customers().updateMany(Customer_.EMAIL.endsWith("@soft.example"), u -> u.set(Customer_.NAME, "Renamed")));
    assertEquals("Bob", client.customers().findUniqueOrThrow(Customer_.id(bob.id()), q -> q.withDeleted()).name());
    InvalidQueryException refused = assertThrows(InvalidQueryException.class,
        () -> client.customers().update(Customer_.id(ada.id()), u -> u.set(Customer_.DELETED_AT, null)));
    assertTrue(refused.getMessage().contains("Customer.deletedAt") && refused.getMessage().contains("restore"), refused.getMessage());
  }

  @Test
  void restoreBringsRowsBackAndHardDeleteRemovesThemForGood() {
    assertEquals(2, client.customers().deleteMany(Customer_.EMAIL.endsWith("@soft.example")));
    assertEquals(0, client.customers().deleteMany(Customer_.EMAIL.endsWith("@soft.example")), "none live any more");

    Customer back = client.customers().restore(Customer_.id(ada.id()));
    assertNull(back.deletedAt());
    assertThrows(RecordNotFoundException.class, () -> client.customers().restore(Customer_.id(ada.id())), "not deleted");
    assertEquals(1, client.customers().restoreMany(Customer_.ID.gt(0L)));
    assertEquals(2, client.customers().count());

    client.customers().hardDelete(Customer_.id(bob.id()));
    assertTrue(client.customers().findUnique(Customer_.id(bob.id()), q -> q.withDeleted()).isEmpty());
    assertThrows(InvalidQueryException.class, () -> client.users().restore(dev.quarry.it.model.User_.id(1)));
  }

  @Test
  void aUniqueIgnoringDeletedRowsLetsTheirValuesBeTakenAgain() {
    client.customers().delete(Customer_.id(bob.id()));

    Customer again = client.customers().create(Customer.of("bob@soft.example", "Bob again"));
    UniqueConstraintException twice = assertThrows(UniqueConstraintException.class,
        () -> client.customers().create(Customer.of("bob@soft.example", "Bob thrice")));
    Customer upserted = client.customers().upsert(Customer_.email("bob@soft.example"), Customer.of("bob@soft.example", "x"),
        u -> u.set(Customer_.NAME, "Bob upserted"));

    assertEquals(List.of("email"), twice.fields());
    assertEquals(again.id(), upserted.id(), "the live row, found through the partial unique index");
    assertEquals("Bob upserted", client.customers().findUniqueOrThrow(Customer_.email("bob@soft.example")).name());
    assertEquals(2, client.customers().findMany(q -> q.withDeleted().where(Customer_.EMAIL.eq("bob@soft.example"))).size());
  }

  @Test
  void relationFiltersCountsAndIncludesLeaveDeletedRelatedRowsOut() {
    Invoice kept = client.invoices().create(Invoice.of(ada.id(), "10.00"));
    Invoice voided = client.invoices().create(Invoice.of(ada.id(), "99.00"));
    client.invoices().create(Invoice.of(bob.id(), "99.00"));
    client.invoices().delete(Invoice_.id(voided.id()));
    client.customers().delete(Customer_.id(bob.id()));

    Customer loaded = client.customers().findUniqueOrThrow(Customer_.id(ada.id()), q -> q.include(Customer_.INVOICES.include()));
    Customer withVoided = client.customers().findUniqueOrThrow(Customer_.id(ada.id()),
        q -> q.include(Customer_.INVOICES.include(i -> i.withDeleted())));
    List<WithCounts<Customer>> counted = client.customers().findManyWithCounts(q -> q.withDeleted().orderBy(Customer_.ID.asc()),
        Customer_.INVOICES);

    assertEquals(List.of(kept.id()), loaded.invoices().stream().map(Invoice::id).toList());
    assertEquals(2, withVoided.invoices().size());
    assertEquals(List.of(1L, 1L), counted.stream().map(c -> c.count(Customer_.INVOICES)).toList());
    assertEquals(0, client.customers().count(Customer_.INVOICES.some(Invoice_.AMOUNT.gt(new BigDecimal("50")))),
        "ada's large invoice is voided, bob is deleted");
    assertEquals(1, client.customers().count(Customer_.INVOICES.every(Invoice_.AMOUNT.lt(new BigDecimal("50")))),
        "every live invoice of ada is small");
    assertEquals(0, client.invoices().count(Invoice_.CUSTOMER.is(Customer_.NAME.eq("Bob"))), "bob is deleted");
    assertEquals(List.of(kept.id()), client.invoices().findMany(q -> q.where(Invoice_.CUSTOMER.is(Customer_.NAME.eq("Ada"))))
        .stream().map(Invoice::id).toList());
  }
}

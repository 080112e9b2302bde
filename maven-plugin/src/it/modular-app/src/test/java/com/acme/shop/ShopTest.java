package com.acme.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.shop.model.Address;
import com.acme.shop.model.Address_;
import com.acme.shop.model.Customer;
import com.acme.shop.model.CustomerSpend_;
import com.acme.shop.model.Customer_;
import com.acme.shop.model.Order;
import com.acme.shop.model.QuarryClient;
import dev.quarry.embedded.EmbeddedPostgres;
import dev.quarry.migrate.Migrator;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.error.RecordNotFoundException;
import dev.quarry.runtime.error.StaleRecordException;
import dev.quarry.runtime.error.UniqueConstraintException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shop on the module path: Quarry's modules resolved by name, its engine out of reach. */
class ShopTest {

  static EmbeddedPostgres server;
  static Database database;
  static Shop shop;

  @BeforeAll
  static void startDatabase() {
    server = EmbeddedPostgres.startTemporary();
    database = Database.builder().url(server.url("postgres")).build();
    assertEquals(List.of(1), List.of(Migrator.deploy(database.dataSource()).size()), "the init migration, read from the module");
    shop = new Shop(new QuarryClient(database));
  }

  @AfterAll
  static void stopDatabase() {
    database.close();
    server.close();
  }

  @Test
  void quarryRunsAsNamedModulesThatExportOnlyTheClient() {
    Module runtime = Database.class.getModule();
    assertEquals("dev.quarry.runtime", runtime.getName());
    assertEquals("com.acme.shop", Shop.class.getModule().getName());
    assertEquals("dev.quarry.migrate", Migrator.class.getModule().getName());
    assertTrue(runtime.isExported("dev.quarry.runtime.query"));
    assertFalse(runtime.isExported("dev.quarry.runtime.jdbc"), "the JDBC engine is not exported");
    assertFalse(runtime.isExported("dev.quarry.runtime.sql"), "the SQL renderer is not exported");
  }

  @Test
  void modelFeaturesWorkFromTheApplicationsOwnModule() {
    QuarryClient client = new QuarryClient(database);
    Customer lin = client.customers().create(new Customer(null, "lin@example.com", "Lin", new Address("Oslo", "NO"), null, 0, null));
    Order order = shop.order("lin@example.com", new BigDecimal("80.00"));

    assertEquals(0, new BigDecimal("100.00").compareTo(order.withTax()), "computed by the database");
    assertEquals(List.of(lin.id()), client.customers().findMany(Customer_.ADDRESS.field(Address_.CITY).eq("Oslo")).stream()
        .map(Customer::id).toList());
    assertEquals(new BigDecimal("80.00"), client.customerSpends().findUniqueOrThrow(CustomerSpend_.customerId(lin.id())).spent());

    Customer renamed = client.customers().update(lin, u -> u.set(Customer_.NAME, "Lin Y."));
    assertThrows(StaleRecordException.class, () -> client.customers().update(lin, u -> u.set(Customer_.NAME, "stale")));
    client.customers().delete(renamed);
    assertTrue(client.customers().findUnique(Customer_.email("lin@example.com")).isEmpty(), "closed accounts are left out");
    Customer again = shop.register("lin@example.com", "Lin again");
    assertEquals(2, client.customers().count(Customer_.EMAIL.eq("lin@example.com")) + client.customers()
        .aggregate(a -> a.onlyDeleted().where(Customer_.EMAIL.eq("lin@example.com")).count()).count());
    assertEquals("Lin again", client.customers().findUniqueOrThrow(Customer_.email("lin@example.com")).name());
    assertTrue(again.id() > lin.id());
  }

  @Test
  void ordersAreReadWithTheirCustomersAndMistakesAreTyped() {
    shop.register("ada@example.com", "Ada");
    shop.register("grace@example.com", "Grace");
    shop.order("ada@example.com", new BigDecimal("12.50"));
    shop.order("ada@example.com", new BigDecimal("99.00"));

    List<Customer> customers = shop.customersWithOrders();

    assertEquals(List.of("ada@example.com", "grace@example.com"), customers.stream().map(Customer::email).toList());
    assertEquals(List.of(new BigDecimal("99.00"), new BigDecimal("12.50")),
        customers.get(0).orders().stream().map(order -> order.total()).toList());
    assertEquals(List.of(), customers.get(1).orders());

    UniqueConstraintException twice = assertThrows(UniqueConstraintException.class, () -> shop.register("ada@example.com", "Ada"));
    assertEquals("Customer", twice.model());
    assertEquals(List.of("email"), twice.fields());
    assertThrows(RecordNotFoundException.class, () -> shop.order("nobody@example.com", BigDecimal.ONE));
  }
}

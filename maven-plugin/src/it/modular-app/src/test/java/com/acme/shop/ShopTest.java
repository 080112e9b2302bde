package com.acme.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.shop.model.Customer;
import com.acme.shop.model.QuarryClient;
import dev.quarry.embedded.EmbeddedPostgres;
import dev.quarry.migrate.Migrator;
import dev.quarry.runtime.Database;
import dev.quarry.runtime.error.RecordNotFoundException;
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

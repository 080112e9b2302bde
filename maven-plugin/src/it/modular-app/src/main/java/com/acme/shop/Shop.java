package com.acme.shop;

import com.acme.shop.model.Customer;
import com.acme.shop.model.Customer_;
import com.acme.shop.model.Order;
import com.acme.shop.model.Order_;
import com.acme.shop.model.QuarryClient;
import java.math.BigDecimal;
import java.util.List;

/** Customers and their orders, over the generated client. */
public final class Shop {

  private final QuarryClient client;

  /** A shop over the client. */
  public Shop(QuarryClient client) {
    this.client = client;
  }

  /** Registers a customer. */
  public Customer register(String email, String name) {
    return client.customers().create(new Customer(null, email, name, null, null, 0, null));
  }

  /** Places an order for the customer with this email, in one transaction. */
  public Order order(String email, BigDecimal total) {
    return client.transaction(tx -> {
      Customer customer = tx.customers().findUniqueOrThrow(Customer_.email(email));
      return tx.orders().create(new Order(null, total, null, null, null, customer.id()));
    });
  }

  /** Every customer with their orders, largest first (two statements, however many customers). */
  public List<Customer> customersWithOrders() {
    return client.customers().findMany(query -> query
        .orderBy(Customer_.EMAIL.asc())
        .include(Customer_.ORDERS.include(orders -> orders.orderBy(Order_.TOTAL.desc()))));
  }
}

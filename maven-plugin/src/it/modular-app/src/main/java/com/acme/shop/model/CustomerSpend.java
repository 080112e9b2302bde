package com.acme.shop.model;

import dev.quarry.annotations.Id;
import dev.quarry.annotations.View;
import java.math.BigDecimal;

/** What each customer has spent: a view Migrate creates from its query. */
@View(sql = "select customer_id, count(*) as orders, sum(total) as spent from orders group by customer_id")
public record CustomerSpend(@Id int customerId, long orders, BigDecimal spent) {}

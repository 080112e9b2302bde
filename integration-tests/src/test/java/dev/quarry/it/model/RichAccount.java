package dev.quarry.it.model;

import dev.quarry.annotations.Id;
import dev.quarry.annotations.View;
import java.math.BigDecimal;

/** A view Migrate creates from its query: always as current as the table it reads. */
@View(sql = "select id, owner, balance from accounts where balance >= 1000")
public record RichAccount(@Id long id, String owner, BigDecimal balance) {}

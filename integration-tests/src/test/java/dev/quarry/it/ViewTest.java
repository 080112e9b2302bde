package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.Account;
import dev.quarry.it.model.AccountTotals;
import dev.quarry.it.model.OwnerBalance;
import dev.quarry.it.model.OwnerBalance_;
import dev.quarry.it.model.RichAccount;
import dev.quarry.it.model.RichAccount_;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Views whose query lives in the model: created with the tables, read like models, materialized ones refreshed. */
class ViewTest extends ClientTest {

  @Test
  void aViewAnswersFromTheTablesItReadsAtOnce() {
    Account rich = client.accounts().create(Account.of("view-rich", "5000.00"));
    client.accounts().create(Account.of("view-poor", "5.00"));

    List<RichAccount> found = client.richAccounts().findMany(RichAccount_.OWNER.startsWith("view-"));

    assertEquals(List.of(new RichAccount(rich.id(), "view-rich", new BigDecimal("5000.00"))), found);
    assertEquals(rich.id(), client.richAccounts().findUniqueOrThrow(RichAccount_.id(rich.id())).id());
  }

  @Test
  void aMaterializedViewKeepsItsRowsUntilRefreshed() {
    long before = client.accountTotals().findMany().get(0).accounts();
    client.accounts().create(Account.of("view-mat-a", "10.00"));
    client.accounts().create(Account.of("view-mat-b", "20.00"));

    assertTrue(client.ownerBalances().findUnique(OwnerBalance_.owner("view-mat-a")).isEmpty(), "not refreshed yet");
    assertEquals(before, client.accountTotals().findMany().get(0).accounts(), "not refreshed yet");

    client.ownerBalances().refresh();
    client.accountTotals().refresh();

    assertEquals(new OwnerBalance("view-mat-a", new BigDecimal("10.00")),
        client.ownerBalances().findUniqueOrThrow(OwnerBalance_.owner("view-mat-a")));
    AccountTotals totals = client.accountTotals().findMany().get(0);
    assertEquals(client.accounts().count(), totals.accounts());
  }

  @Test
  void aRefreshInsideATransactionIsUndoneWithIt() {
    client.ownerBalances().refresh();
    long seen = client.ownerBalances().count();
    client.accounts().create(Account.of("view-tx", "1.00"));

    try {
      client.transaction(tx -> {
        tx.ownerBalances().refresh();
        assertEquals(seen + 1, tx.ownerBalances().count());
        throw new IllegalStateException("roll back");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }

    assertEquals(seen, client.ownerBalances().count());
  }
}

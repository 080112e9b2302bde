package dev.quarry.spring;

import dev.quarry.runtime.transaction.ExternalTransactions;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Spring's transactions, as Quarry sees them: active when the thread runs inside one ({@code @Transactional}, {@code TransactionTemplate}). */
final class SpringTransactions implements ExternalTransactions {

  @Override
  public boolean active() {
    return TransactionSynchronizationManager.isActualTransactionActive();
  }
}

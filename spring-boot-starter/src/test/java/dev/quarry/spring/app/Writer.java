package dev.quarry.spring.app;

import dev.quarry.runtime.Database;
import dev.quarry.runtime.transaction.TransactionOptions;
import dev.quarry.spring.app.model.QuarryClient;
import dev.quarry.spring.app.model.User;
import dev.quarry.spring.app.model.UserRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes with Quarry and with JdbcTemplate under Spring's transactions. */
@Service
public class Writer {

  private final UserRepository users;
  private final QuarryClient client;
  private final Database database;
  private final JdbcTemplate jdbc;
  private final Inner inner;

  public Writer(UserRepository users, QuarryClient client, Database database, JdbcTemplate jdbc, Inner inner) {
    this.users = users;
    this.client = client;
    this.database = database;
    this.jdbc = jdbc;
    this.inner = inner;
  }

  @Transactional
  public void writeBothThenFail(String email) {
    users.create(User.of(email));
    jdbc.update("insert into users (email) values (?)", "jdbc-" + email);
    throw new IllegalStateException("rolled back");
  }

  @Transactional
  public void failAfterRequiresNew(String outer, String inside) {
    users.create(User.of(outer));
    inner.createInOwnTransaction(inside);
    throw new IllegalStateException("outer rolled back");
  }

  @Transactional
  public void quarryTransactionJoinsThenFail(String email) {
    client.transaction(tx -> tx.users().create(User.of(email)));
    throw new IllegalStateException("rolled back with the Quarry part");
  }

  @Transactional
  public void savepointRollsBackOnlyItsPart(String kept, String dropped) {
    users.create(User.of(kept));
    try {
      client.transaction(TransactionOptions.defaults().asSavepoint(), tx -> {
        tx.users().create(User.of(dropped));
        throw new IllegalStateException("only the savepoint");
      });
    } catch (IllegalStateException expected) {
      // The outer transaction goes on.
    }
  }

  @Transactional(readOnly = true)
  public String readOnlySetting() {
    return database.queryRaw("show transaction_read_only", rs -> rs.getString(1)).get(0);
  }

  @Transactional(isolation = Isolation.SERIALIZABLE)
  public String isolationSetting() {
    return database.queryRaw("show transaction_isolation", rs -> rs.getString(1)).get(0);
  }

  /** A separate bean, so that its REQUIRES_NEW goes through Spring's proxy. */
  @Service
  public static class Inner {
    private final UserRepository users;

    public Inner(UserRepository users) {
      this.users = users;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void createInOwnTransaction(String email) {
      users.create(User.of(email));
    }
  }
}

package dev.quarry.bench;

import dev.quarry.bench.hibernate.HUser;
import dev.quarry.bench.model.User;
import dev.quarry.bench.model.User_;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;

/** Writes: insert one row (returning its id), update by id, upsert on a unique, delete by id (after an insert). */
public class Writes {

  // ---------------------------------------------------------------- insert one

  @Benchmark
  public long insertRaw(Db db) throws SQLException {
    try (Connection c = db.pool.getConnection();
        PreparedStatement s = c.prepareStatement("insert into users (email, name) values (?, ?) returning id")) {
      s.setString(1, db.email());
      s.setString(2, "New");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Benchmark
  public User insertQuarry(Db db) {
    return db.quarry.users().create(new User(null, db.email(), "New", null, null));
  }

  @Benchmark
  public Object insertJooq(Db db) {
    return db.jooq.insertInto(DSL.table("users"), DSL.field("email"), DSL.field("name")).values(db.email(), "New")
        .returningResult(DSL.field("id")).fetchOne();
  }

  @Benchmark
  public long insertJdbi(Db db) {
    return db.jdbi.withHandle(h -> h.createUpdate("insert into users (email, name) values (:e, :n)").bind("e", db.email())
        .bind("n", "New").executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
  }

  @Benchmark
  public Long insertHibernate(Db db) {
    try (Session session = db.hibernate().openSession()) {
      Transaction tx = session.beginTransaction();
      HUser user = new HUser();
      user.email = db.email();
      user.name = "New";
      session.persist(user);
      tx.commit();
      return user.id;
    }
  }

  // ---------------------------------------------------------------- update by id

  @Benchmark
  public int updateRaw(Db db) throws SQLException {
    try (Connection c = db.pool.getConnection(); PreparedStatement s = c.prepareStatement("update users set name = ? where id = ?")) {
      s.setString(1, "Renamed");
      s.setLong(2, db.userId());
      return s.executeUpdate();
    }
  }

  @Benchmark
  public int updateQuarry(Db db) {
    long id = db.userId();
    return db.quarry.users().updateMany(User_.ID.eq(id), u -> u.set(User_.NAME, "Renamed"));
  }

  @Benchmark
  public int updateJooq(Db db) {
    return db.jooq.update(DSL.table("users")).set(DSL.field("name"), (Object) "Renamed").where(DSL.field("id").eq(db.userId())).execute();
  }

  @Benchmark
  public int updateJdbi(Db db) {
    return db.jdbi.withHandle(h -> h.createUpdate("update users set name = :n where id = :id").bind("n", "Renamed")
        .bind("id", db.userId()).execute());
  }

  @Benchmark
  public int updateHibernate(Db db) {
    try (Session session = db.hibernate().openSession()) {
      Transaction tx = session.beginTransaction();
      int count = session.createMutationQuery("update HUser set name = :n where id = :id").setParameter("n", "Renamed")
          .setParameter("id", db.userId()).executeUpdate();
      tx.commit();
      return count;
    }
  }

  // ---------------------------------------------------------------- upsert on the unique email

  @Benchmark
  public long upsertRaw(Db db) throws SQLException {
    try (Connection c = db.pool.getConnection(); PreparedStatement s = c.prepareStatement(
        "insert into users (email, name) values (?, ?) on conflict (email) do update set name = excluded.name returning id")) {
      s.setString(1, "user" + db.userId() + "@example.com");
      s.setString(2, "Upserted");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Benchmark
  public User upsertQuarry(Db db) {
    String email = "user" + db.userId() + "@example.com";
    return db.quarry.users().upsert(User_.email(email), new User(null, email, "Upserted", null, null), u -> u.set(User_.NAME, "Upserted"));
  }

  @Benchmark
  public Object upsertJooq(Db db) {
    return db.jooq.insertInto(DSL.table("users"), DSL.field("email"), DSL.field("name"))
        .values("user" + db.userId() + "@example.com", "Upserted")
        .onConflict(DSL.field("email")).doUpdate().set(DSL.field("name"), (Object) "Upserted")
        .returningResult(DSL.field("id")).fetchOne();
  }

  @Benchmark
  public long upsertJdbi(Db db) {
    return db.jdbi.withHandle(h -> h.createQuery(
            "insert into users (email, name) values (:e, :n) on conflict (email) do update set name = excluded.name returning id")
        .bind("e", "user" + db.userId() + "@example.com").bind("n", "Upserted").mapTo(Long.class).one());
  }

  // ---------------------------------------------------------------- delete by id (of a row inserted just before)

  @Benchmark
  public int deleteRaw(Db db) throws SQLException {
    long id = insertRaw(db);
    try (Connection c = db.pool.getConnection(); PreparedStatement s = c.prepareStatement("delete from users where id = ?")) {
      s.setLong(1, id);
      return s.executeUpdate();
    }
  }

  @Benchmark
  public User deleteQuarry(Db db) {
    User user = insertQuarry(db);
    return db.quarry.users().delete(User_.id(user.id()));
  }
}

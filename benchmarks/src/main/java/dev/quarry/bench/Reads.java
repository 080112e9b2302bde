package dev.quarry.bench;

import dev.quarry.bench.hibernate.HPost;
import dev.quarry.bench.hibernate.HUser;
import dev.quarry.bench.model.Post;
import dev.quarry.bench.model.Post_;
import dev.quarry.bench.model.User;
import dev.quarry.bench.model.User_;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;

/** Reads: find by id, a page of 100, Prisma's "filter, order by createdAt desc, take 10", a filtered count. */
public class Reads {

  static final String USER_COLUMNS = "id, email, name, created_at";
  static final String POST_COLUMNS = "id, title, content, created_at, author_id";

  static User user(ResultSet rs) throws SQLException {
    return new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(), null);
  }

  static Post post(ResultSet rs) throws SQLException {
    return new Post(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(), null, rs.getLong(5));
  }

  // ---------------------------------------------------------------- find by id

  @Benchmark
  public User findByIdRaw(Db db) throws SQLException {
    try (Connection c = db.pool.getConnection();
        PreparedStatement s = c.prepareStatement("select " + USER_COLUMNS + " from users where id = ?")) {
      s.setLong(1, db.userId());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? user(rs) : null;
      }
    }
  }

  @Benchmark
  public User findByIdQuarry(Db db) {
    return db.quarry.users().findUnique(User_.id(db.userId())).orElse(null);
  }

  @Benchmark
  public Object findByIdJooq(Db db) {
    return db.jooq.select(DSL.field("id"), DSL.field("email"), DSL.field("name"), DSL.field("created_at"))
        .from(DSL.table("users")).where(DSL.field("id").eq(db.userId())).fetchOne();
  }

  @Benchmark
  public User findByIdJdbi(Db db) {
    return db.jdbi.withHandle(h -> h.createQuery("select " + USER_COLUMNS + " from users where id = :id")
        .bind("id", db.userId()).map((rs, ctx) -> user(rs)).findOne().orElse(null));
  }

  @Benchmark
  public HUser findByIdHibernate(Db db) {
    try (Session session = db.hibernate().openSession()) {
      return session.find(HUser.class, db.userId());
    }
  }

  // ---------------------------------------------------------------- a page of 100

  @Benchmark
  public List<Post> findMany100Raw(Db db) throws SQLException {
    try (Connection c = db.pool.getConnection();
        PreparedStatement s = c.prepareStatement("select " + POST_COLUMNS + " from posts order by id limit ?")) {
      s.setInt(1, 100);
      try (ResultSet rs = s.executeQuery()) {
        List<Post> posts = new ArrayList<>(100);
        while (rs.next()) {
          posts.add(post(rs));
        }
        return posts;
      }
    }
  }

  @Benchmark
  public List<Post> findMany100Quarry(Db db) {
    return db.quarry.posts().findMany(q -> q.orderBy(Post_.ID.asc()).take(100));
  }

  @Benchmark
  public Object findMany100Jooq(Db db) {
    return db.jooq.selectFrom(DSL.table("posts")).orderBy(DSL.field("id")).limit(100).fetch();
  }

  @Benchmark
  public List<Post> findMany100Jdbi(Db db) {
    return db.jdbi.withHandle(h -> h.createQuery("select " + POST_COLUMNS + " from posts order by id limit 100")
        .map((rs, ctx) -> post(rs)).list());
  }

  @Benchmark
  public List<HPost> findMany100Hibernate(Db db) {
    try (Session session = db.hibernate().openSession()) {
      return session.createSelectionQuery("from HPost order by id", HPost.class).setMaxResults(100).getResultList();
    }
  }

  // ---------------------------------------------------------------- filter, order by createdAt desc, take 10

  @Benchmark
  public List<Post> filterOrderTakeRaw(Db db) throws SQLException {
    try (Connection c = db.pool.getConnection();
        PreparedStatement s = c.prepareStatement("select " + POST_COLUMNS + " from posts where author_id = ? order by created_at desc limit ?")) {
      s.setLong(1, db.userId());
      s.setInt(2, 10);
      try (ResultSet rs = s.executeQuery()) {
        List<Post> posts = new ArrayList<>(10);
        while (rs.next()) {
          posts.add(post(rs));
        }
        return posts;
      }
    }
  }

  @Benchmark
  public List<Post> filterOrderTakeQuarry(Db db) {
    long author = db.userId();
    return db.quarry.posts().findMany(q -> q.where(Post_.AUTHOR_ID.eq(author)).orderBy(Post_.CREATED_AT.desc()).take(10));
  }

  @Benchmark
  public Object filterOrderTakeJooq(Db db) {
    return db.jooq.selectFrom(DSL.table("posts")).where(DSL.field("author_id").eq(db.userId()))
        .orderBy(DSL.field("created_at").desc()).limit(10).fetch();
  }

  @Benchmark
  public List<Post> filterOrderTakeJdbi(Db db) {
    return db.jdbi.withHandle(h -> h.createQuery("select " + POST_COLUMNS + " from posts where author_id = :a order by created_at desc limit 10")
        .bind("a", db.userId()).map((rs, ctx) -> post(rs)).list());
  }

  @Benchmark
  public List<HPost> filterOrderTakeHibernate(Db db) {
    try (Session session = db.hibernate().openSession()) {
      return session.createSelectionQuery("from HPost where author.id = :a order by createdAt desc", HPost.class)
          .setParameter("a", db.userId()).setMaxResults(10).getResultList();
    }
  }

  // ---------------------------------------------------------------- count with a filter

  @Benchmark
  public long countRaw(Db db) throws SQLException {
    try (Connection c = db.pool.getConnection();
        PreparedStatement s = c.prepareStatement("select count(*) from posts where author_id = ?")) {
      s.setLong(1, db.userId());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Benchmark
  public long countQuarry(Db db) {
    return db.quarry.posts().count(Post_.AUTHOR_ID.eq(db.userId()));
  }

  @Benchmark
  public int countJooq(Db db) {
    return db.jooq.fetchCount(DSL.table("posts"), DSL.field("author_id").eq(db.userId()));
  }

  @Benchmark
  public long countJdbi(Db db) {
    return db.jdbi.withHandle(h -> h.createQuery("select count(*) from posts where author_id = :a").bind("a", db.userId())
        .mapTo(Long.class).one());
  }

  @Benchmark
  public long countHibernate(Db db) {
    try (Session session = db.hibernate().openSession()) {
      return session.createSelectionQuery("select count(*) from HPost where author.id = :a", Long.class)
          .setParameter("a", db.userId()).getSingleResult();
    }
  }
}

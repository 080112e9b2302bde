package dev.quarry.bench;

import dev.quarry.bench.hibernate.HUser;
import dev.quarry.bench.model.Post;
import dev.quarry.bench.model.User;
import dev.quarry.bench.model.User_;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.openjdk.jmh.annotations.Benchmark;

/** 1:N include: 100 users with their 10 posts each. */
public class Includes {

  static final String USERS = "select id, email, name, created_at from users where id <= 100 order by id";

  /** One LEFT JOIN, grouped by hand. */
  @Benchmark
  public List<User> includeRawJoin(Db db) throws SQLException {
    try (Connection c = db.pool.getConnection(); PreparedStatement s = c.prepareStatement(
        "select u.id, u.email, u.name, u.created_at, p.id, p.title, p.content, p.created_at, p.author_id "
            + "from users u left join posts p on p.author_id = u.id where u.id <= 100 order by u.id, p.id");
        ResultSet rs = s.executeQuery()) {
      Map<Long, User> users = new LinkedHashMap<>();
      Map<Long, List<Post>> posts = new HashMap<>();
      while (rs.next()) {
        long id = rs.getLong(1);
        users.computeIfAbsent(id, k -> {
          try {
            return Reads.user(rs);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
        List<Post> list = posts.computeIfAbsent(id, k -> new ArrayList<>());
        if (rs.getObject(5) != null) {
          list.add(new Post(rs.getLong(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(), null, rs.getLong(9)));
        }
      }
      List<User> result = new ArrayList<>(users.size());
      users.forEach((id, u) -> result.add(new User(u.id(), u.email(), u.name(), u.createdAt(), posts.get(id))));
      return result;
    }
  }

  /** Two statements: the users, then their posts with {@code = any(?)}. */
  @Benchmark
  public List<User> includeRawAny(Db db) throws SQLException {
    try (Connection c = db.pool.getConnection()) {
      List<User> users = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(USERS); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          users.add(Reads.user(rs));
        }
      }
      Long[] ids = users.stream().map(User::id).toArray(Long[]::new);
      Map<Long, List<Post>> posts = new HashMap<>();
      try (PreparedStatement s = c.prepareStatement("select " + Reads.POST_COLUMNS + " from posts where author_id = any(?) order by id")) {
        Array array = c.createArrayOf("int8", ids);
        s.setArray(1, array);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            Post post = Reads.post(rs);
            posts.computeIfAbsent(post.authorId(), k -> new ArrayList<>()).add(post);
          }
        }
      }
      List<User> result = new ArrayList<>(users.size());
      for (User u : users) {
        result.add(new User(u.id(), u.email(), u.name(), u.createdAt(), posts.getOrDefault(u.id(), List.of())));
      }
      return result;
    }
  }

  /** The negative control: one statement per user. */
  @Benchmark
  public List<User> includeRawNPlusOne(Db db) throws SQLException {
    try (Connection c = db.pool.getConnection()) {
      List<User> users = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(USERS); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          users.add(Reads.user(rs));
        }
      }
      List<User> result = new ArrayList<>(users.size());
      try (PreparedStatement s = c.prepareStatement("select " + Reads.POST_COLUMNS + " from posts where author_id = ? order by id")) {
        for (User u : users) {
          s.setLong(1, u.id());
          List<Post> posts = new ArrayList<>();
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              posts.add(Reads.post(rs));
            }
          }
          result.add(new User(u.id(), u.email(), u.name(), u.createdAt(), posts));
        }
      }
      return result;
    }
  }

  @Benchmark
  public List<User> includeQuarry(Db db) {
    return db.quarry.users().findMany(q -> q.where(User_.ID.lte(100L)).orderBy(User_.ID.asc()).include(User_.POSTS.include()));
  }

  @Benchmark
  public List<HUser> includeHibernate(Db db) {
    try (Session session = db.hibernate().openSession()) {
      return session.createSelectionQuery("select distinct u from HUser u left join fetch u.posts where u.id <= 100 order by u.id", HUser.class)
          .getResultList();
    }
  }
}

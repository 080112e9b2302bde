package dev.quarry.it;

import dev.quarry.it.model.Post;
import dev.quarry.it.model.Post_;
import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.runtime.query.Aggregation;
import dev.quarry.runtime.query.DeletedRows;
import dev.quarry.runtime.query.Filter;
import dev.quarry.runtime.query.GroupByQuery;
import dev.quarry.runtime.query.Query;
import dev.quarry.runtime.query.Update;
import dev.quarry.runtime.sql.Bind;
import dev.quarry.runtime.sql.Prepared;
import dev.quarry.runtime.sql.Statements;
import dev.quarry.testing.Goldens;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SQL Quarry sends for each kind of statement, against golden files, with no database: a
 * change in rendering shows as a diff here before any behaviour changes. The values are listed
 * after the SQL, so a golden also shows that every value is bound.
 */
class StatementSqlTest {

  private final Statements statements = new Statements();

  private static String text(Prepared prepared) {
    return prepared.sql() + "\n-- binds: " + prepared.binds().stream().map(StatementSqlTest::bind).collect(Collectors.joining(", ")) + "\n";
  }

  private static String bind(Bind bind) {
    return (bind.array() ? bind.type() + "[]" : bind.type().toString()) + " " + bind.value();
  }

  private static <M> Query<M> query(Consumer<Query<M>> build) {
    Query<M> query = new Query<>();
    build.accept(query);
    return query;
  }

  @Test
  void filtersOrderingsAndPages() {
    Query<User> query = query(q -> q
        .where(User_.EMAIL.containsIgnoreCase("ada_%").and(User_.NAME.isNull().or(User_.LOGINS.gt(3))).and(User_.ROLE.in(List.of(
            dev.quarry.it.model.Role.ADMIN))).and(Filter.not(User_.EMAIL.endsWith("@spam.example"))))
        .orderBy(User_.NAME.asc().nullsLast(), User_.ID.desc())
        .skip(20).take(10));
    Goldens.assertMatches("sql/filters_orderings_pages.sql", text(statements.select(User_.TABLE, query, User_.TABLE.allColumns(), List.of())));
  }

  @Test
  void relationFiltersAndOrderByRelatedCount() {
    Query<User> query = query(q -> q
        .where(User_.POSTS.some(Post_.TITLE.startsWith("Java")).and(User_.POSTS.none(Post_.PUBLISHED.isFalse())))
        .orderBy(User_.POSTS.countDesc()));
    Goldens.assertMatches("sql/relation_filters.sql", text(statements.select(User_.TABLE, query, User_.TABLE.allColumns(), List.of())));
  }

  @Test
  void keysetCursor() {
    Query<User> query = query(q -> q.cursor(User_.id(42)).orderBy(User_.ID.asc()).take(5));
    Goldens.assertMatches("sql/cursor.sql", text(statements.select(User_.TABLE, query, User_.TABLE.allColumns(), List.of())));
  }

  @Test
  void manyEqualitiesOnOneColumnAreOneArray() {
    Filter<User> any = Filter.or(List.of(User_.EMAIL.eq("a@x"), User_.EMAIL.eq("b@x"), User_.EMAIL.eq("c@x"), User_.NAME.eq("Ada")));
    Goldens.assertMatches("sql/or_of_equalities.sql", text(statements.count(User_.TABLE, any, DeletedRows.EXCLUDE)));
  }

  @Test
  void updatesAndDeletes() {
    Update<User> update = new Update<>();
    update.set(User_.NAME, "Ada").increment(User_.LOGINS, 1);
    Goldens.assertMatches("sql/update.sql", text(statements.update(User_.TABLE, User_.id(7).toFilter(), update.assignments(), true)));
    Goldens.assertMatches("sql/delete.sql", text(statements.delete(Post_.TABLE, Post_.AUTHOR_ID.eq(7), false)));
  }

  @Test
  void groupByWithHavingAndOrder() {
    GroupByQuery<Post> query = new GroupByQuery<>();
    query.count().having(Aggregation.<Post>count().gt(1)).orderByDescending(Aggregation.count());
    Goldens.assertMatches("sql/group_by.sql", text(statements.groupBy(Post_.TABLE, List.of(Post_.AUTHOR_ID), query)));
  }
}

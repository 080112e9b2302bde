package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.it.model.Article;
import dev.quarry.it.model.Article_;
import dev.quarry.it.model.Category;
import dev.quarry.it.model.Category_;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A join table named as another tool (Prisma) made it: table, columns, key and index names, used from both sides. */
class JoinTableNamesTest extends ClientTest {

  private List<String> catalog(String sql) {
    return db.queryRaw(sql, rs -> rs.getString(1));
  }

  @Test
  void theJoinTableHasPrismasNamesAndWorksFromBothSides() {
    assertEquals(List.of("A", "B"), catalog("select column_name from information_schema.columns "
        + "where table_name = '_ArticleToCategory' order by ordinal_position"));
    assertEquals(List.of("_ArticleToCategory_AB_pkey", "_ArticleToCategory_A_fkey", "_ArticleToCategory_B_fkey"),
        catalog("select conname from pg_constraint where conrelid = '\"_ArticleToCategory\"'::regclass order by conname"));
    assertEquals(List.of("_ArticleToCategory_AB_pkey", "_ArticleToCategory_B_index"),
        catalog("select indexname from pg_indexes where tablename = '_ArticleToCategory' order by indexname"));

    Category java = client.categories().create(new Category(null, "java", null));
    Category sql = client.categories().create(new Category(null, "sql", null));
    Article article = client.articles().create(new Article(null, "Records", null),
        c -> c.connect(Article_.CATEGORIES, Category_.id(java.id())).connect(Article_.CATEGORIES, Category_.id(sql.id())));

    Article read = client.articles().findUniqueOrThrow(Article_.id(article.id()),
        q -> q.include(Article_.CATEGORIES.include(i -> i.orderBy(Category_.NAME.asc()))));
    assertEquals(List.of("java", "sql"), read.categories().stream().map(Category::name).toList());
    Category back = client.categories().findUniqueOrThrow(Category_.name("sql"), q -> q.include(Category_.ARTICLES.include()));
    assertEquals(List.of("Records"), back.articles().stream().map(Article::title).toList());
    assertEquals(List.of("2"), catalog("select count(*)::text from \"_ArticleToCategory\" where \"A\" = " + article.id()));
  }
}

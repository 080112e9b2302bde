package dev.quarry.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

  @Test
  void splitsAtSemicolonsAndDropsEmptyStatements() {
    assertEquals(List.of("create index concurrently a on t (x)", "create index concurrently b on t (y)"),
        SqlSplitter.split("-- quarry:no-transaction\ncreate index concurrently a on t (x);\n\ncreate index concurrently b on t (y);\n;\n-- end\n"));
  }

  @Test
  void semicolonsInsideQuotesAndCommentsDoNotSplit() {
    String script = "insert into t values ('a;b', 'it''s; fine', E'back\\\\'';x');\n"
        + "select \"odd;name\" from t; -- a comment; with a semicolon\n"
        + "/* block; /* nested; */ still comment; */ select 1";
    assertEquals(List.of("insert into t values ('a;b', 'it''s; fine', E'back\\\\'';x')", "select \"odd;name\" from t",
        "select 1"), SqlSplitter.split(script));
  }

  @Test
  void dollarQuotedBodiesStayWhole() {
    String function = "create function f() returns int language plpgsql as $$ begin perform 1; return 2; end $$";
    String tagged = "do $body$ begin raise notice 'x;$$;y'; end $body$";
    assertEquals(List.of(function, tagged, "select $1::int"),
        SqlSplitter.split(function + ";\n" + tagged + ";\nselect $1::int;"));
  }

  @Test
  void aDollarInsideAnIdentifierIsNotAQuote() {
    assertEquals(List.of("select a$b$ from t", "select 2"), SqlSplitter.split("select a$b$ from t; select 2"));
  }
}

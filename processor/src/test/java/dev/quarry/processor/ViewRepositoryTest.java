package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.quarry.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A view's repository reads and nothing else: a write to a view is a compile error, not a database error. */
class ViewRepositoryTest {

  private static final String VIEWS = """
      @View(sql = "select 1 as id, 2 as total")
      record Totals(@Id int id, int total) {}
      """;
  private static final String MATERIALIZED = """
      @View(sql = "select 1 as id, 2 as total", materialized = true)
      record Snapshot(@Id int id, int total) {}
      """;

  private static Compilation compile(String statement) {
    return Sources.compile(List.of(source("Totals", VIEWS), source("Snapshot", MATERIALIZED),
        JavaFileObjects.forSourceString("test.Usage", "package test;\n"
            + "class Usage {\n"
            + "  Object use(TotalsRepository totals, SnapshotRepository snapshot) {\n"
            + "    " + statement + "\n"
            + "    return null;\n"
            + "  }\n"
            + "}\n")));
  }

  @Test
  void readsCompileOnBothAndOnlyAMaterializedViewRefreshes() {
    assertThat(compile("totals.findMany(Totals_.TOTAL.gt(1)); totals.count(); totals.findUnique(Totals_.id(1)); "
        + "snapshot.aggregate(a -> a.sum(Snapshot_.TOTAL)); snapshot.refresh();")).succeeded();
    assertThat(compile("totals.refresh();")).hadErrorContaining("cannot find symbol");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "totals.create(new Totals(1, 2));",
    "totals.update(Totals_.id(1), u -> u.set(Totals_.TOTAL, 3));",
    "totals.updateMany(Totals_.TOTAL.gt(1), u -> u.set(Totals_.TOTAL, 3));",
    "totals.upsert(Totals_.id(1), new Totals(1, 2), u -> { });",
    "totals.delete(Totals_.id(1));",
    "totals.deleteMany();",
    "snapshot.createMany(java.util.List.of());",
    "snapshot.delete(new Snapshot(1, 2));"
  })
  void writesToAViewDoNotCompile(String write) {
    Compilation compilation = compile(write);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }
}

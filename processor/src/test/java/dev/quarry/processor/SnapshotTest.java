package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quarry.schema.DefaultValue;
import dev.quarry.schema.Model;
import dev.quarry.schema.ReferentialAction;
import dev.quarry.schema.Relation;
import dev.quarry.schema.RelationKind;
import dev.quarry.schema.Schema;
import dev.quarry.schema.SchemaJson;
import dev.quarry.testing.Goldens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The schema snapshot: its content for the seed's blog and for every feature, and its stability. */
class SnapshotTest {

  private static List<JavaFileObject> models(String set, String... names) {
    return Stream.of(names).map(n -> JavaFileObjects.forResource("models/" + set + "/" + n + ".java")).toList();
  }

  private static List<JavaFileObject> blog() {
    return models("blog", "User", "Post");
  }

  private static List<JavaFileObject> everything() {
    return models("everything", "Role", "User", "Profile", "Post", "Tag", "Comment", "PostStats", "AuthorPostCount", "Address", "Geo", "Link");
  }

  private static String snapshot(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject file = compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, Schema.RESOURCE_PATH)
        .orElseThrow(() -> new AssertionError("No " + Schema.RESOURCE_PATH + " written"));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aPackageNamedVerbatimKeepsJavaNamesAsPrismaDoes() {
    String json = snapshot(Sources.compile(List.of(
        JavaFileObjects.forSourceString("test.package-info",
            "@dev.quarry.annotations.Naming(dev.quarry.annotations.NamingStyle.VERBATIM)\npackage test;"),
        Sources.source("Kind", "enum Kind { A }"),
        Sources.source("BlogPost", "@Model\nrecord BlogPost(@Id Integer id, @Unique String slugText, Kind kind, List<Tag> tags) {}"),
        Sources.source("Tag", "@Model\nrecord Tag(@Id Integer id, List<BlogPost> posts) {}"))));
    Schema schema = SchemaJson.read(json);

    Model post = schema.model("BlogPost").orElseThrow();
    assertEquals("BlogPost", post.table());
    assertEquals("slugText", post.field("slugText").orElseThrow().column());
    assertEquals("BlogPost_slugText_key", post.uniques().get(0).name());
    assertEquals("BlogPost_pkey", post.primaryKey().name());
    assertEquals("Kind", schema.enumType("Kind").orElseThrow().dbName());
    var join = schema.joinTables().get(0);
    assertEquals(List.of("_BlogPostToTag", "A", "B", "_BlogPostToTag_AB_pkey", "_BlogPostToTag_B_index"),
        List.of(join.name(), join.a().column(), join.b().column(), join.primaryKeyName(), join.indexName()));
  }

  @Test
  void anIndexNamesEveryRepositoryAndTheClientForContainers() throws IOException {
    Compilation compilation = Sources.compile(everything());
    assertThat(compilation).succeededWithoutWarnings();

    String index = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/quarry/repositories")
        .orElseThrow(() -> new AssertionError("No repository index written")).getCharContent(true).toString();

    List<String> names = index.lines().toList();
    assertEquals(names.stream().sorted().toList(), names, "sorted, so the file is the same for the same models");
    assertTrue(names.contains("everything.QuarryClient"), index);
    assertTrue(names.contains("everything.UserRepository") && names.contains("everything.PostStatsRepository"), index);
    assertEquals(8, names.size(), index);
  }

  @Test
  void theSeedBlogCompilesToTheExpectedSnapshot() {
    String json = snapshot(Sources.compile(blog()));

    Goldens.assertMatches("blog.schema.json", json);
    Schema schema = SchemaJson.read(json);
    Model user = schema.model("User").orElseThrow();
    Model post = schema.model("Post").orElseThrow();
    assertEquals("users", user.table());
    assertEquals(List.of("email"), user.uniques().get(0).fields());
    assertTrue(user.field("name").orElseThrow().nullable(), "name is optional");
    assertEquals(DefaultValue.literal("false"), post.field("published").orElseThrow().defaultValue());
    Relation author = post.relation("author").orElseThrow();
    assertEquals(RelationKind.MANY_TO_ONE, author.kind());
    assertEquals(List.of("author_id"), author.foreignKey().columns());
    assertEquals("users", author.foreignKey().referencedTable());
    assertEquals(ReferentialAction.RESTRICT, author.foreignKey().onDelete());
    assertEquals("author", user.relation("posts").orElseThrow().inverseField());
  }

  @Test
  void everyFeatureCompilesToTheExpectedSnapshot() {
    String json = snapshot(Sources.compile(everything()));

    Goldens.assertMatches("everything.schema.json", json);
    Schema schema = SchemaJson.read(json);
    assertEquals(List.of("_post_to_tag", "_user_to_user"), schema.joinTables().stream().map(j -> j.name()).toList());
    assertEquals(RelationKind.ONE_TO_ONE, schema.model("Profile").orElseThrow().relation("user").orElseThrow().kind());
    assertEquals(RelationKind.ONE_TO_ONE, schema.model("User").orElseThrow().relation("profile").orElseThrow().kind());
    assertEquals("super_admin", schema.enumType("Role").orElseThrow().values().get(2).dbName());
  }

  @Test
  void theSnapshotIsByteIdenticalWhateverTheOrderOfSourceFiles() {
    List<JavaFileObject> files = new ArrayList<>(everything());
    String first = snapshot(Sources.compile(files));
    Collections.reverse(files);
    String reversed = snapshot(Sources.compile(files));
    String again = snapshot(Sources.compile(everything()));

    assertEquals(first, reversed);
    assertEquals(first, again);
  }

  @Test
  void theSnapshotReadsBackToTheSameSchema() {
    String json = snapshot(Sources.compile(everything()));

    assertEquals(json, SchemaJson.write(SchemaJson.read(json)));
  }

  @Test
  void anyAnnotationNamedNullableMakesAFieldOptional() {
    JavaFileObject typeUse = JavaFileObjects.forSourceString("other.Nullable",
        "package other;\n"
            + "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)\n"
            + "public @interface Nullable {}");
    JavaFileObject note = Sources.source("Note",
        "@Model\nrecord Note(@Id int id, @other.Nullable String text, String title) {}");

    Schema schema = SchemaJson.read(snapshot(Sources.compile(List.of(typeUse, note))));

    Model model = schema.model("Note").orElseThrow();
    assertTrue(model.field("text").orElseThrow().nullable());
    assertTrue(!model.field("title").orElseThrow().nullable());
  }

  @Test
  void verboseOptionPrintsEachModelAndItsTable() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new QuarryProcessor())
        .withOptions("-Aquarry.verbose=true")
        .compile(blog());

    assertThat(compilation).succeeded();
    assertTrue(compilation.notes().stream()
        .map(d -> d.getMessage(null))
        .anyMatch(m -> m.equals("Quarry model Post → table \"posts\" with 5 columns")),
        () -> compilation.diagnostics().stream().map(Diagnostic::toString).toList().toString());
  }
}

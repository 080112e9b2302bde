package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.quarry.testing.Goldens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The generated client: golden sources for the seed's blog, and what changes with the options. */
class GeneratedCodeTest {

  private static List<JavaFileObject> blog() {
    return List.of(JavaFileObjects.forResource("models/blog/User.java"), JavaFileObjects.forResource("models/blog/Post.java"));
  }

  private static String source(Compilation compilation, String name) {
    try {
      return compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "blog", name + ".java").orElseThrow()
          .getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theBlogGeneratesTheExpectedSourcesWithoutWarnings() {
    Compilation compilation = Sources.compile(blog());

    assertThat(compilation).succeededWithoutWarnings();
    for (String name : List.of("User_", "Post_", "UserRepository", "PostRepository", "QuarryClient")) {
      Goldens.assertMatches("blog/" + name + ".java.txt", source(compilation, name));
    }
  }

  @Test
  void typesNamedInLowerCaseAreNamedFromTheirElementsNotGuessed() {
    Compilation compilation = Sources.compile(List.of(
        Sources.source("user_role", "public enum user_role { USER, ADMIN }"),
        Sources.source("account", "@Model\npublic record account(@Id int id, user_role role, List<post> posts) {}"),
        Sources.source("post", "@Model\npublic record post(@Id int id, @Relation(fields = \"accountId\", references = \"id\") account owner, "
            + "int accountId) {}")));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.account_");
  }

  @Test
  void constructorsCarryInjectOnlyWhenWanted() {
    Compilation withInject = Sources.compile(blog());
    Compilation without = Compiler.javac().withProcessors(new QuarryProcessor())
        .withOptions("-Aquarry.inject=false").compile(blog());

    assertThat(without).succeeded();
    assertTrue(source(withInject, "UserRepository").contains("@Inject"));
    assertTrue(source(withInject, "QuarryClient").contains("@Inject"));
    assertFalse(source(without, "UserRepository").contains("@Inject"));
    assertFalse(source(without, "QuarryClient").contains("Inject"));
  }
}

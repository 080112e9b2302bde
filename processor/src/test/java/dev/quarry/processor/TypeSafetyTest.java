package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A filter that does not fit its field, or a field of another model, does not compile. */
class TypeSafetyTest {

  private static Compilation compileUsage(String expression) {
    List<JavaFileObject> files = new ArrayList<>();
    files.add(JavaFileObjects.forResource("models/blog/User.java"));
    files.add(JavaFileObjects.forResource("models/blog/Post.java"));
    files.add(JavaFileObjects.forSourceString("blog.Usage",
        "package blog;\n"
            + "import dev.quarry.runtime.query.Filter;\n"
            + "class Usage {\n"
            + "  Filter<User> filter() {\n"
            + "    return " + expression + ";\n"
            + "  }\n"
            + "}\n"));
    return Sources.compile(files);
  }

  @Test
  void fittingFiltersCompile() {
    assertThat(compileUsage("User_.NAME.isNull().or(User_.EMAIL.endsWith(\"@x.io\")).and(User_.POSTS.some(Post_.PUBLISHED.isTrue()))"))
        .succeeded();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "User_.EMAIL.gt(5)                      | incompatible types",
    "User_.EMAIL.isNull()                   | cannot find symbol",
    "User_.ID.contains(\"1\")               | cannot find symbol",
    "Post_.TITLE.eq(\"x\")                  | incompatible types",
    "User_.POSTS.some(User_.EMAIL.eq(\"x\"))| incompatible types",
    "User_.EMIAL.eq(\"x\")                  | cannot find symbol"
  })
  void misfitsDoNotCompile(String expression, String error) {
    Compilation compilation = compileUsage(expression.trim());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(error.trim());
  }
}

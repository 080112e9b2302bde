package dev.quarry.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test sources in package {@code test}, with the imports a model file usually has. */
final class Sources {

  private static final String HEADER =
      "package test;\n"
          + "import dev.quarry.annotations.*;\n"
          + "import java.math.BigDecimal;\n"
          + "import java.time.*;\n"
          + "import java.util.List;\n";

  private Sources() {}

  /** A source file {@code test/<name>.java} whose body follows the standard header. */
  static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString("test." + name, HEADER + body);
  }

  /** The 1-based line of the first line of {@code file} that contains {@code snippet}. */
  static long lineOf(JavaFileObject file, String snippet) {
    try {
      String[] lines = file.getCharContent(true).toString().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].contains(snippet)) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("No line contains " + snippet);
  }

  /** Compiles with the Quarry processor and every lint warning on. */
  static Compilation compile(List<JavaFileObject> files) {
    // -processing: generated code carries @Generated and @Inject, which no processor claims here.
    return Compiler.javac().withProcessors(new QuarryProcessor()).withOptions("-Xlint:all", "-Xlint:-processing").compile(files);
  }
}

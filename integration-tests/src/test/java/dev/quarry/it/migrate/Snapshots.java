package dev.quarry.it.migrate;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.quarry.processor.QuarryProcessor;
import dev.quarry.schema.Schema;
import dev.quarry.schema.SchemaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Schemas compiled from model sources by the real processor, as a user's build makes them. */
final class Snapshots {

  private static final String HEADER = "package m;\nimport dev.quarry.annotations.*;\nimport java.time.*;\nimport java.util.List;\n";

  private Snapshots() {}

  /** The snapshot of these models, each source a top-level type of package {@code m}. */
  static Schema of(String... sources) {
    if (sources.length == 0) {
      return new Schema(Schema.FORMAT_VERSION, List.of(), List.of(), List.of());
    }
    List<JavaFileObject> files = new ArrayList<>();
    for (String source : sources) {
      String name = source.replaceAll("(?s).*?(?:record|enum) (\\w+).*", "$1");
      files.add(JavaFileObjects.forSourceString("m." + name, HEADER + source));
    }
    Compilation compilation = Compiler.javac().withProcessors(new QuarryProcessor()).withOptions("-Aquarry.inject=false").compile(files);
    if (compilation.status() != Compilation.Status.SUCCESS) {
      throw new IllegalArgumentException("The models do not compile: " + compilation.diagnostics());
    }
    try {
      return SchemaJson.read(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, Schema.RESOURCE_PATH).orElseThrow()
          .getCharContent(true).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

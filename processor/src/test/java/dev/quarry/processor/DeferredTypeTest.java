package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.quarry.schema.ScalarType;
import dev.quarry.schema.Schema;
import dev.quarry.schema.SchemaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** A model may use a type that another processor generates: Quarry waits for a later round. */
class DeferredTypeTest {

  /** Generates the enum {@code test.Status} in the first round, as another processor might. */
  static final class StatusGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("test.Status").openWriter()) {
          out.write("package test;\npublic enum Status { DRAFT, PUBLISHED }\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void aModelWaitsForATypeGeneratedInALaterRound() throws IOException {
    Compilation compilation = Compiler.javac()
        .withProcessors(new StatusGenerator(), new QuarryProcessor())
        .compile(List.of(Sources.source("Note", "@Model\nrecord Note(@Id int id, @Default(\"DRAFT\") Status status) {}")));

    assertThat(compilation).succeeded();
    Schema schema = SchemaJson.read(compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, Schema.RESOURCE_PATH).orElseThrow()
        .getCharContent(true).toString());
    assertEquals(ScalarType.ENUM, schema.model("Note").orElseThrow().field("status").orElseThrow().type());
    assertEquals(List.of("DRAFT", "PUBLISHED"),
        schema.enumType("Status").orElseThrow().values().stream().map(v -> v.name()).toList());
  }
}

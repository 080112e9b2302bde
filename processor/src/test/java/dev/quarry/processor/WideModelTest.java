package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table can have a hundred and more columns: the generated code for a 150-component model
 * compiles (each generated method grows linearly with the components, far below the JVM's 64 KB
 * method limit) and without warnings.
 */
class WideModelTest {

  @Test
  void aModelWithOneHundredFiftyComponentsCompiles() {
    StringBuilder components = new StringBuilder("@Id int id");
    for (int i = 1; i < 150; i++) {
      components.append(",\n    ").append(i % 3 == 0 ? "@Nullable Long" : "String").append(" column").append(i);
    }
    Compilation compilation = Sources.compile(List.of(Sources.source("Wide", "@Model\nrecord Wide(\n    " + components + ") {}")));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Wide_").contentsAsUtf8String().contains("column149 = (String) value; break;");
  }
}

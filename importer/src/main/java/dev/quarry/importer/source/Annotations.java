package dev.quarry.importer.source;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import dev.quarry.annotations.Map;
import java.util.List;

/** Annotation values as the imported sources write them. */
public final class Annotations {

  private Annotations() {}

  /** {@code @Map("name")}. */
  public static AnnotationSpec map(String name) {
    return AnnotationSpec.builder(Map.class).addMember("value", "$S", name).build();
  }

  /** A string array member: {@code "a"} for one value, {@code {"a", "b"}} for more. */
  public static CodeBlock strings(List<String> values) {
    if (values.size() == 1) {
      return CodeBlock.of("$S", values.get(0));
    }
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ", "{", "}"));
  }
}

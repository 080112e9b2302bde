package dev.quarry.importer.source;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A record component to write.
 *
 * @param name the component's name
 * @param type its Java type
 * @param annotations its annotations in order
 * @param doc documentation lines, written as the record's {@code @param}
 */
public record Component(String name, TypeName type, List<AnnotationSpec> annotations, List<String> doc) {

  public Component {
    annotations = List.copyOf(annotations);
    doc = List.copyOf(doc);
  }
}

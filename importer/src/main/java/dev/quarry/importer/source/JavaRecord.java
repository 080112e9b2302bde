package dev.quarry.importer.source;

import com.palantir.javapoet.AnnotationSpec;
import java.util.List;

/**
 * A model record to write.
 *
 * @param name the record's simple name
 * @param annotations its annotations ({@code @Model}, {@code @Map}, {@code @Id(fields)}, ...)
 * @param components its components in order
 * @param doc documentation lines for the record
 * @param notes what the source schema had that the record leaves out, each a line of its Javadoc
 */
public record JavaRecord(String name, List<AnnotationSpec> annotations, List<Component> components, List<String> doc,
    List<String> notes) {

  public JavaRecord {
    annotations = List.copyOf(annotations);
    components = List.copyOf(components);
    doc = List.copyOf(doc);
    notes = List.copyOf(notes);
  }
}

package dev.quarry.importer.source;

import com.palantir.javapoet.AnnotationSpec;
import java.util.List;

/**
 * An enum to write.
 *
 * @param name the enum's simple name
 * @param annotations its annotations ({@code @Map} when the database type is named otherwise)
 * @param constants its constants in order
 * @param doc documentation lines
 */
public record JavaEnum(String name, List<AnnotationSpec> annotations, List<Constant> constants, List<String> doc) {

  public JavaEnum {
    annotations = List.copyOf(annotations);
    constants = List.copyOf(constants);
    doc = List.copyOf(doc);
  }

  /**
   * One constant.
   *
   * @param name the Java name
   * @param label the database label when it differs from the name, else {@code null}
   * @param doc documentation lines
   */
  public record Constant(String name, String label, List<String> doc) {}
}

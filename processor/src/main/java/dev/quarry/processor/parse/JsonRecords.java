package dev.quarry.processor.parse;

import dev.quarry.processor.model.TypeShape;
import java.util.List;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/** The members of a record stored as JSON, each classified as a component is. */
public final class JsonRecords {

  /**
   * One member of a JSON record.
   *
   * @param element the record component
   * @param name its name, which is its JSON member name
   * @param type what its type is to Quarry
   */
  public record Member(RecordComponentElement element, String name, TypeShape type) {}

  private final TypeClassifier classifier = new TypeClassifier();

  /** The record's components, in order. */
  public List<Member> members(TypeElement record) {
    return record.getRecordComponents().stream()
        .map(component -> new Member(component, component.getSimpleName().toString(), classifier.classify(component.asType(), false)))
        .toList();
  }

  /** Whether a member can live in a JSON document: a scalar other than bytes, a JSON record, or a list of either. */
  public static boolean storable(TypeShape type) {
    return type.kind() == TypeShape.Kind.SCALAR && type.scalar() != dev.quarry.schema.ScalarType.BYTES;
  }
}

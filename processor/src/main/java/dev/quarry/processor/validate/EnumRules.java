package dev.quarry.processor.validate;

import dev.quarry.processor.model.NamingStyles;

import dev.quarry.annotations.Map;
import dev.quarry.schema.EnumType;
import dev.quarry.schema.EnumValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Resolves the Java enums that models use into database enum types. */
final class EnumRules {

  private final Diagnostics diagnostics;

  EnumRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The enum type for a Java enum; reports an empty enum and clashing labels. */
  EnumType resolve(TypeElement element) {
    Map map = element.getAnnotation(Map.class);
    String name = element.getSimpleName().toString();
    String dbName = map != null ? map.value() : NamingStyles.verbatim(element) ? name : Naming.snakeCase(name);
    String problem = Naming.problem(dbName);
    if (problem != null) {
      diagnostics.error(element, Message.NAME_INVALID, name, dbName, problem);
    }
    List<EnumValue> values = new ArrayList<>();
    java.util.Map<String, String> byLabel = new HashMap<>();
    for (Element constant : element.getEnclosedElements()) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      Map label = constant.getAnnotation(Map.class);
      String constantName = constant.getSimpleName().toString();
      String stored = label != null ? label.value() : constantName;
      String clash = byLabel.putIfAbsent(stored, constantName);
      if (clash != null) {
        diagnostics.error(constant, Message.ENUM_DUPLICATE_LABEL, clash, constantName, name, stored);
      }
      values.add(new EnumValue(constantName, stored));
    }
    if (values.isEmpty()) {
      diagnostics.error(element, Message.ENUM_EMPTY, name);
    }
    return new EnumType(name, element.getQualifiedName().toString(), dbName, values);
  }
}

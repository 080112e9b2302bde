package dev.quarry.processor.parse;

import dev.quarry.annotations.Model;
import dev.quarry.annotations.View;
import dev.quarry.processor.model.TypeShape;
import dev.quarry.processor.model.TypeShape.Kind;
import dev.quarry.schema.ScalarType;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Tells what a component's Java type is to Quarry: a scalar, a relation, or unsupported. */
public final class TypeClassifier {

  private static final Map<TypeKind, ScalarType> PRIMITIVES =
      Map.of(
          TypeKind.BOOLEAN, ScalarType.BOOLEAN,
          TypeKind.SHORT, ScalarType.SHORT,
          TypeKind.INT, ScalarType.INT,
          TypeKind.LONG, ScalarType.LONG,
          TypeKind.FLOAT, ScalarType.FLOAT,
          TypeKind.DOUBLE, ScalarType.DOUBLE);

  private static final Map<String, ScalarType> DECLARED =
      Map.ofEntries(
          Map.entry("java.lang.String", ScalarType.STRING),
          Map.entry("java.lang.Boolean", ScalarType.BOOLEAN),
          Map.entry("java.lang.Short", ScalarType.SHORT),
          Map.entry("java.lang.Integer", ScalarType.INT),
          Map.entry("java.lang.Long", ScalarType.LONG),
          Map.entry("java.lang.Float", ScalarType.FLOAT),
          Map.entry("java.lang.Double", ScalarType.DOUBLE),
          Map.entry("java.math.BigDecimal", ScalarType.DECIMAL),
          Map.entry("java.util.UUID", ScalarType.UUID),
          Map.entry("java.time.Instant", ScalarType.INSTANT),
          Map.entry("java.time.OffsetDateTime", ScalarType.OFFSET_DATE_TIME),
          Map.entry("java.time.LocalDate", ScalarType.LOCAL_DATE),
          Map.entry("java.time.LocalTime", ScalarType.LOCAL_TIME),
          Map.entry("java.time.LocalDateTime", ScalarType.LOCAL_DATE_TIME),
          Map.entry("com.fasterxml.jackson.databind.JsonNode", ScalarType.JSON));

  /** Classifies a component type; {@code json} turns a String into JSON. */
  public TypeShape classify(TypeMirror type, boolean json) {
    String javaType = render(type);
    if (type.getKind().isPrimitive()) {
      ScalarType scalar = PRIMITIVES.get(type.getKind());
      return scalar == null
          ? new TypeShape(Kind.UNSUPPORTED, null, false, true, null, javaType)
          : new TypeShape(Kind.SCALAR, scalar, false, true, null, javaType);
    }
    if (type instanceof ArrayType array) {
      return array.getComponentType().getKind() == TypeKind.BYTE
          ? new TypeShape(Kind.SCALAR, ScalarType.BYTES, false, false, null, javaType)
          : new TypeShape(Kind.UNSUPPORTED, null, false, false, null, javaType);
    }
    if (type.getKind() == TypeKind.ERROR) {
      return new TypeShape(Kind.UNRESOLVED, null, false, false, null, javaType);
    }
    if (!(type instanceof DeclaredType declared)) {
      return new TypeShape(Kind.UNSUPPORTED, null, false, false, null, javaType);
    }
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getQualifiedName().contentEquals("java.util.List")
        && declared.getTypeArguments().size() == 1) {
      TypeShape item = classify(declared.getTypeArguments().get(0), json);
      if (item.jsonRecord() && !item.list()) {
        // A list of records is one JSON array, not an array of jsonb.
        return new TypeShape(Kind.SCALAR, ScalarType.JSON, false, false, item.element(), javaType);
      }
      boolean listable = !item.list() && (item.kind() != Kind.SCALAR || item.scalar() != ScalarType.BYTES);
      Kind kind = listable ? item.kind() : Kind.UNSUPPORTED;
      return new TypeShape(kind, item.scalar(), true, false, item.element(), javaType);
    }
    return classifyDeclared(element, json, javaType);
  }

  private TypeShape classifyDeclared(TypeElement element, boolean json, String javaType) {
    ScalarType scalar = DECLARED.get(element.getQualifiedName().toString());
    if (scalar == ScalarType.STRING && json) {
      scalar = ScalarType.JSON;
    }
    if (scalar != null) {
      return new TypeShape(Kind.SCALAR, scalar, false, false, null, javaType);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new TypeShape(Kind.SCALAR, ScalarType.ENUM, false, false, element, javaType);
    }
    if (element.getAnnotation(Model.class) != null || element.getAnnotation(View.class) != null) {
      return new TypeShape(Kind.MODEL, null, false, false, element, javaType);
    }
    if (element.getKind() == ElementKind.RECORD && element.getTypeParameters().isEmpty()) {
      // A plain record is a value stored as JSON, read and written by a generated codec.
      return new TypeShape(Kind.SCALAR, ScalarType.JSON, false, false, element, javaType);
    }
    if (element.getKind() == ElementKind.RECORD || element.getKind() == ElementKind.CLASS) {
      return new TypeShape(Kind.NOT_A_MODEL, null, false, false, element, javaType);
    }
    return new TypeShape(Kind.UNSUPPORTED, null, false, false, element, javaType);
  }

  /** The type as written in source, without type annotations. */
  static String render(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (type instanceof ArrayType array) {
      return render(array.getComponentType()) + "[]";
    }
    if (type instanceof DeclaredType declared) {
      String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      if (declared.getTypeArguments().isEmpty()) {
        return raw;
      }
      return raw
          + declared.getTypeArguments().stream()
              .map(TypeClassifier::render)
              .collect(Collectors.joining(", ", "<", ">"));
    }
    return type.toString();
  }
}

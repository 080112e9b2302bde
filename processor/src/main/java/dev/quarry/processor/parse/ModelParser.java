package dev.quarry.processor.parse;

import dev.quarry.annotations.Check;
import dev.quarry.annotations.Computed;
import dev.quarry.annotations.DbType;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Index;
import dev.quarry.annotations.Json;
import dev.quarry.annotations.Map;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Relation;
import dev.quarry.annotations.RenamedFrom;
import dev.quarry.annotations.SoftDelete;
import dev.quarry.annotations.Unique;
import dev.quarry.annotations.UpdatedAt;
import dev.quarry.annotations.Version;
import dev.quarry.annotations.View;
import dev.quarry.processor.model.CheckDecl;
import dev.quarry.processor.model.DefaultDecl;
import dev.quarry.processor.model.FieldDecl;
import dev.quarry.processor.model.IndexDecl;
import dev.quarry.processor.model.KeyDecl;
import dev.quarry.processor.model.ModelDecl;
import dev.quarry.processor.model.NamingStyles;
import dev.quarry.processor.model.RelationDecl;
import dev.quarry.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads a {@code @Model} or {@code @View} record into a {@link ModelDecl}. It reports nothing:
 * a type that is not a record parses with no fields, and validation says what is wrong.
 */
public final class ModelParser {

  private final TypeClassifier classifier = new TypeClassifier();

  /** Parses one annotated type. */
  public ModelDecl parse(TypeElement type) {
    View viewAnnotation = type.getAnnotation(View.class);
    boolean view = viewAnnotation != null && type.getAnnotation(Model.class) == null;
    AnnotationMirror marker = Annotations.orNull(type, view ? View.class : Model.class);
    List<FieldDecl> fields = new ArrayList<>();
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        fields.add(parseField(component));
      }
    }
    Map map = type.getAnnotation(Map.class);
    RenamedFrom renamed = type.getAnnotation(RenamedFrom.class);
    Id id = type.getAnnotation(Id.class);
    return new ModelDecl(
        type,
        type.getSimpleName().toString(),
        view,
        marker,
        map == null ? null : map.value(),
        renamed == null ? null : renamed.value(),
        fields,
        id == null ? null : new KeyDecl(Annotations.orNull(type, Id.class), List.of(id.fields()), id.name(), true),
        uniques(type),
        indexes(type),
        checks(type),
        NamingStyles.verbatim(type),
        viewAnnotation == null ? "" : viewAnnotation.sql(),
        viewAnnotation != null && viewAnnotation.materialized());
  }

  /** The record's checks, then each component's, in component order. */
  private static List<CheckDecl> checks(TypeElement type) {
    List<CheckDecl> checks = new ArrayList<>(checks(type, null));
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        checks.addAll(checks(component, component.getSimpleName().toString()));
      }
    }
    return checks;
  }

  private static List<CheckDecl> checks(Element element, String field) {
    List<AnnotationMirror> mirrors = Annotations.all(element, Check.class);
    Check[] values = element.getAnnotationsByType(Check.class);
    return IntStream.range(0, values.length)
        .mapToObj(i -> new CheckDecl(element, mirrors.get(i), field, values[i].name(), values[i].value()))
        .toList();
  }


  private static List<KeyDecl> uniques(TypeElement type) {
    List<AnnotationMirror> mirrors = Annotations.all(type, Unique.class);
    Unique[] values = type.getAnnotationsByType(Unique.class);
    return IntStream.range(0, values.length)
        .mapToObj(i -> new KeyDecl(mirrors.get(i), List.of(values[i].fields()), values[i].name(), true, values[i].lookup(),
            values[i].ignoreDeleted()))
        .toList();
  }

  private static List<IndexDecl> indexes(TypeElement type) {
    List<AnnotationMirror> mirrors = Annotations.all(type, Index.class);
    Index[] values = type.getAnnotationsByType(Index.class);
    return IntStream.range(0, values.length)
        .mapToObj(i -> new IndexDecl(new KeyDecl(mirrors.get(i), List.of(values[i].value()), values[i].name(), values[i].unique()),
            values[i].expression(), values[i].where(), values[i].using().name()))
        .toList();
  }

  private FieldDecl parseField(RecordComponentElement component) {
    Json json = component.getAnnotation(Json.class);
    TypeShape shape = classifier.classify(component.asType(), json != null);
    Map map = component.getAnnotation(Map.class);
    DbType dbType = component.getAnnotation(DbType.class);
    RenamedFrom renamed = component.getAnnotation(RenamedFrom.class);
    Computed computed = component.getAnnotation(Computed.class);
    return new FieldDecl(
        component,
        component.getSimpleName().toString(),
        shape,
        Annotations.hasNullable(component, component.asType()),
        componentId(component),
        componentUnique(component),
        defaultDecl(component),
        relation(component),
        Annotations.orNull(component, UpdatedAt.class),
        Annotations.orNull(component, Json.class),
        Annotations.orNull(component, Version.class),
        Annotations.orNull(component, Computed.class),
        computed == null ? null : computed.value(),
        Annotations.orNull(component, SoftDelete.class),
        map == null ? null : map.value(),
        dbType == null ? null : dbType.value(),
        renamed == null ? null : renamed.value());
  }

  private static KeyDecl componentId(RecordComponentElement component) {
    Id id = component.getAnnotation(Id.class);
    return id == null ? null : new KeyDecl(Annotations.orNull(component, Id.class), List.of(id.fields()), id.name(), true);
  }

  private static KeyDecl componentUnique(RecordComponentElement component) {
    Unique unique = component.getAnnotation(Unique.class);
    return unique == null
        ? null
        : new KeyDecl(Annotations.orNull(component, Unique.class), List.of(unique.fields()), unique.name(), true, "",
            unique.ignoreDeleted());
  }

  private static DefaultDecl defaultDecl(RecordComponentElement component) {
    Default d = component.getAnnotation(Default.class);
    if (d == null) {
      return null;
    }
    return new DefaultDecl(
        Annotations.orNull(component, Default.class),
        List.of(d.value()),
        Arrays.stream(d.function()).map(Enum::name).toList(),
        d.dbGenerated());
  }

  private static RelationDecl relation(RecordComponentElement component) {
    Relation r = component.getAnnotation(Relation.class);
    if (r == null) {
      return null;
    }
    return new RelationDecl(
        Annotations.orNull(component, Relation.class),
        r.name(),
        List.of(r.fields()),
        List.of(r.references()),
        Arrays.stream(r.onDelete()).map(Enum::name).toList(),
        Arrays.stream(r.onUpdate()).map(Enum::name).toList(),
        r.foreignKey(),
        r.joinTable(),
        List.of(r.joinColumns()),
        r.joinPrimaryKey(),
        r.joinIndex());
  }
}

package dev.quarry.processor.validate;

import java.util.Locale;

/**
 * Every message the processor reports, each with a stable id and a way to fix it. Tests build the
 * expected text from these constants.
 */
public enum Message {
  MODEL_NOT_RECORD(
      "@%s can only annotate a record, but %s is %s. Declare it as `record %s(...)`."),
  MODEL_AND_VIEW("%s is annotated both @Model and @View. Keep @Model for a table, @View for a read-only view."),
  MATERIALIZED_WITHOUT_SQL("The view %s is materialized but has no sql: Migrate creates a materialized view from @View(sql = \"select ...\")."),
  MODEL_PRIVATE("Model %s is private. Make it package-private or public so generated code can use it."),
  MODEL_GENERIC("Model %s has type parameters. A model is one table: remove <%s>."),
  MODEL_NOT_IN_COMPILATION(
      "%s relates to %s, which is a model of another compilation. Compile related models together."),
  DUPLICATE_MODEL_NAME("Two models are named %s (%s and %s). Rename one: the name identifies the model in the schema."),
  DUPLICATE_TABLE("Models %s and %s both use the table \"%s\". Give one of them another name with @Map(\"...\")."),
  DUPLICATE_COLUMN(
      "Fields %s and %s of %s both use the column \"%s\". Give one of them another name with @Map(\"...\")."),
  NAME_INVALID("%s: \"%s\" is not a usable database name: %s."),
  RENAMED_FROM_INVALID("@RenamedFrom(\"%s\") on %s: %s."),
  NO_ID(
      "Model %s has no id. Annotate one component with @Id, or the record with @Id(fields = {...}) for a composite id, "
          + "or identify it by a @Unique on required fields."),
  MULTIPLE_IDS(
      "Model %s has more than one id (%s). For a composite id, annotate the record with @Id(fields = {%s}) instead."),
  ID_FIELDS_ON_COMPONENT("@Id on the component %s takes no fields; put @Id(fields = {...}) on the record for a composite id."),
  KEY_WITHOUT_FIELDS("@%s on the record %s needs fields = {...}; for one component, annotate the component instead."),
  UNIQUE_FIELDS_ON_COMPONENT("@Unique on the component %s takes no fields; put @Unique(fields = {...}) on the record for a composite unique."),
  KEY_UNKNOWN_FIELD("@%s on %s names \"%s\", which is not a component of %s.%s"),
  KEY_ON_RELATION("@%s on %s names the relation field \"%s\"; name its scalar field%s instead."),
  KEY_DUPLICATE_FIELD("@%s on %s names \"%s\" twice."),
  ID_NULLABLE("The id %s of %s cannot be @Nullable: remove the annotation."),
  ID_LIST("The id %s of %s cannot be a list."),
  CHECK_EMPTY("@Check on %s has no condition: write it in SQL, such as @Check(\"price > 0\")."),
  CHECK_ON_RELATION("@Check on %s, a relation: put it on the component that holds the foreign key."),
  CHECK_ON_VIEW("@Check on view %s: a view has no constraints; put the check on the tables it reads."),
  INDEX_EXPRESSION_AND_FIELDS("@Index on %s gives both an expression and fields: index one or the other (two @Index if need be)."),
  INDEX_METHOD_UNIQUE("@Index on %s is unique but uses %s: PostgreSQL makes unique indexes with btree only."),
  INDEX_ORDER_METHOD("@Index entry \"%s\" on %s has a sort order, which a %s index does not keep: write the field alone."),
  INDEX_ENTRY_INVALID("@Index entry \"%s\" on %s is not valid: write \"field\", \"field asc\" or \"field desc\"."),
  DUPLICATE_CONSTRAINT_NAME(
      "The name \"%s\" is used by two constraints or indexes (%s and %s). PostgreSQL needs distinct names: set name = \"...\"."),
  UNSUPPORTED_TYPE(
      "%s.%s has type %s, which Quarry cannot store. Use String, boolean, short, int, long, float, double, BigDecimal, UUID, Instant, OffsetDateTime, LocalDate, LocalTime, LocalDateTime, byte[], a Java enum, JSON (@Json String or JsonNode), a List of one of those, or a @Model record."),
  NOT_A_MODEL("%s.%s has type %s, but %s is not a model. Annotate %s with @Model, or store it as JSON."),
  TYPE_NEAR_MISS("%s.%s has type %s, which Quarry does not store. %s"),
  NULLABLE_PRIMITIVE("%s.%s is a primitive %s and cannot be @Nullable. Use %s instead."),
  NULLABLE_LIST("%s.%s is a list of related rows and cannot be @Nullable; an empty list stands for none."),
  JSON_MEMBER_UNSUPPORTED("%s.%s is stored as JSON, but its record's member %s.%s has type %s, which Quarry does not write to JSON. "
      + "Use String, a number, boolean, BigDecimal, UUID, a java.time type, an enum, JsonNode, another record, or a List of one of those."),
  JSON_NOT_STRING("@Json on %s.%s needs a String component, not %s."),
  UPDATED_AT_TYPE("@UpdatedAt on %s.%s needs an Instant, OffsetDateTime or LocalDateTime component, not %s."),
  VERSION_TYPE("@Version on %s.%s needs an int or long component, not %s."),
  VERSION_NULLABLE("@Version on %s.%s cannot be @Nullable: every row has a version, starting at 0."),
  VERSION_TWICE("%s has more than one @Version (%s); a row has one version."),
  VERSION_ON_VIEW("@Version on %s.%s, a field of a view: views are never written, so they have no version."),
  COMPUTED_EMPTY("@Computed on %s.%s has no expression: write it in SQL, such as @Computed(\"quantity * unit_price\")."),
  COMPUTED_ON_VIEW("@Computed on %s.%s, a field of a view: the view's own SQL computes its columns."),
  SOFT_DELETE_TYPE("@SoftDelete on %s.%s needs a @Nullable Instant, OffsetDateTime or LocalDateTime (when the row was deleted), "
      + "or a boolean, not %s."),
  SOFT_DELETE_NOT_NULLABLE("@SoftDelete on %s.%s needs it @Nullable: null means the row is not deleted."),
  SOFT_DELETE_NULLABLE_FLAG("@SoftDelete on the boolean %s.%s cannot be @Nullable: false means the row is not deleted."),
  SOFT_DELETE_TWICE("%s has more than one @SoftDelete (%s); a row is deleted or not."),
  SOFT_DELETE_ON_VIEW("@SoftDelete on %s.%s, a field of a view: views are never written, so nothing deletes their rows."),
  IGNORE_DELETED_WITHOUT_SOFT_DELETE("@Unique(ignoreDeleted = true) on %s needs a @SoftDelete component on %s: without one, no row is deleted."),
  ANNOTATIONS_CONFLICT("@%s on %s.%s cannot go with @%s: %s."),
  DEFAULT_FORMS(
      "@Default on %s.%s must set exactly one of value, function or dbGenerated; it sets %s."),
  DEFAULT_LITERAL_INVALID("@Default(\"%s\") on %s.%s is not a valid %s: %s."),
  DEFAULT_FUNCTION_TYPE("@Default(function = %s) on %s.%s needs %s, not %s.%s"),
  DEFAULT_ON_LIST(
      "@Default on the list %s.%s only accepts dbGenerated, for example @Default(dbGenerated = \"'{}'\")."),
  AUTOINCREMENT_NULLABLE("@Default(function = AUTOINCREMENT) on %s.%s cannot be @Nullable: an identity column always has a value."),
  DB_TYPE_INVALID("@DbType(\"%s\") on %s.%s: %s."),
  SCALAR_ANNOTATION_ON_RELATION("@%s cannot be used on the relation field %s.%s; it has no column."),
  RELATION_ON_SCALAR(
      "@Relation on %s.%s needs a component whose type is a model or a List of a model, not %s."),
  RELATION_TARGET_IS_VIEW("%s.%s relates to the view %s; views cannot take part in relations."),
  VIEW_WITH_RELATION("The view %s cannot have the relation field %s; views cannot take part in relations."),
  RELATION_FIELDS_WITHOUT_REFERENCES(
      "@Relation on %s.%s needs both fields and references, with the same number of names; it has %d fields and %d references."),
  RELATION_UNKNOWN_FIELD(
      "@Relation on %s.%s names the field \"%s\", which is not a scalar component of %s.%s"),
  RELATION_UNKNOWN_REFERENCE(
      "@Relation on %s.%s references \"%s\", which is not a scalar component of %s.%s"),
  RELATION_REFERENCE_NOT_UNIQUE(
      "@Relation on %s.%s references %s of %s, which is neither its id nor a unique. Reference the id, or mark %s @Unique."),
  RELATION_TYPE_MISMATCH(
      "@Relation on %s.%s: the field %s is %s but the referenced %s.%s is %s. The types must match."),
  RELATION_ACTION_COUNT("@Relation on %s.%s gives %d actions for %s; give at most one."),
  RELATION_SET_NULL_REQUIRED(
      "@Relation on %s.%s uses SET_NULL on %s, but %s is required. Make it @Nullable or choose another action."),
  RELATION_SET_DEFAULT_WITHOUT_DEFAULT(
      "@Relation on %s.%s uses SET_DEFAULT on %s, but %s has no @Default."),
  RELATION_NULLABILITY_MISMATCH(
      "%s.%s is %s but its field%s %s %s. Make the relation optional (@Nullable) too, or its fields required."),
  RELATION_AMBIGUOUS(
      "%s has %d relation fields to %s without a name (%s). Give each relation a name on both sides: @Relation(name = \"...\")."),
  RELATION_NAME_OVERUSED(
      "The relation name \"%s\" between %s and %s is used by %d fields (%s); a relation has at most two sides."),
  RELATION_MISSING_OWNER(
      "%s.%s is a list of %s, but %s has no relation field back to %s that holds the foreign key. Add to %s: @Relation(fields = \"%sId\", references = \"id\") %s %s, and its field %sId."),
  RELATION_MISSING_KEY(
      "%s.%s relates to %s, but no side holds the foreign key. Add @Relation(fields = \"...\", references = \"...\") to one side."),
  RELATION_BOTH_HOLD_KEY(
      "Both %s.%s and %s.%s hold fields and references; only the side with the foreign key does. Remove them from one side."),
  RELATION_LIST_HOLDS_KEY(
      "%s.%s is a list and cannot hold fields or references; they belong on the single side, %s.%s."),
  RELATION_MANY_TO_MANY_KEY(
      "%s.%s and %s.%s form a many-to-many relation, which has no fields or references. Remove them, or model the join table as its own @Model."),
  RELATION_MANY_TO_MANY_ID(
      "The many-to-many relation %s.%s needs %s to have a single-component id; it has %s. Model the join table as its own @Model."),
  ONE_TO_ONE_NOT_UNIQUE(
      "%s.%s is a one-to-one relation, so its fields %s must be unique. Mark %s @Unique%s."),
  ENUM_EMPTY("The enum %s has no constants; a database enum needs at least one."),
  ENUM_DUPLICATE_LABEL("The enum constants %s and %s of %s are both stored as \"%s\". Give one another @Map(\"...\")."),
  DUPLICATE_ENUM_NAME("Two enums are named %s (%s and %s). Rename one, or give one another database name with @Map."),
  JOIN_TABLE_NOT_MANY_TO_MANY("@Relation on %s.%s names a join table, but only a many-to-many relation (a List on both sides) has one. "
      + "Remove joinTable, joinColumns, joinPrimaryKey and joinIndex."),
  JOIN_TABLE_CONFLICT("Both sides of the many-to-many relation %s.%s and %s.%s name its join table. Name it on one side only."),
  JOIN_COLUMNS_COUNT("@Relation on %s.%s gives %d join columns; give two: first the one referring to %s (whose name sorts first), "
      + "then the one referring to %s."),
  UNIQUE_LOOKUP_INVALID("@Unique(lookup = \"%s\") on %s: %s."),
  PROCESSOR_ERROR("Quarry could not process %s: %s. Please report this with the model."),
  LATE_MODEL("Model %s was generated by another processor after Quarry wrote %s, so the client has no accessor for it; "
      + "its repository and metamodel are generated: use new %sRepository(database) (containers find it in the index) "
      + "and %s_ as for any model.");

  private final String template;

  Message(String template) {
    this.template = template;
  }

  /** The stable id shown in front of the text, for example {@code Quarry-NO_ID}. */
  public String id() {
    return "Quarry-" + name();
  }

  /** The full text for these arguments, prefixed by the id. */
  public String format(Object... args) {
    return "[" + id() + "] " + String.format(Locale.ROOT, template, args);
  }
}

package dev.quarry.processor.write;

import com.palantir.javapoet.ClassName;

/** The runtime classes generated code refers to, by name: the processor does not depend on the runtime. */
final class RuntimeTypes {

  private static final String CLIENT = "dev.quarry.runtime.client";

  static final ClassName DATABASE = ClassName.get("dev.quarry.runtime", "Database");
  static final ClassName TRANSACTION_OPTIONS = ClassName.get("dev.quarry.runtime", "TransactionOptions");
  static final ClassName TRANSACTION_BODY = ClassName.get("dev.quarry.runtime", "TransactionBody");
  static final ClassName MODEL_TABLE = ClassName.get(CLIENT, "ModelTable");
  static final ClassName COLUMN = ClassName.get(CLIENT, "Column");
  static final ClassName GENERATOR = ClassName.get(CLIENT, "Generator");
  static final ClassName UNIQUE_KEY = ClassName.get(CLIENT, "UniqueKey");
  static final ClassName UNIQUE_WHERE = ClassName.get(CLIENT, "UniqueWhere");
  static final ClassName RELATION_LINK = ClassName.get(CLIENT, "RelationLink");
  static final ClassName RELATION_KIND = RELATION_LINK.nestedClass("Kind");
  static final ClassName ENUM_CODEC = ClassName.get(CLIENT, "EnumCodec");
  static final ClassName REPOSITORY = ClassName.get(CLIENT, "Repository");
  static final ClassName CAST = ClassName.get(CLIENT, "Cast");
  static final ClassName ATTRIBUTE_STRING = ClassName.get(CLIENT, "StringAttribute");
  static final ClassName ATTRIBUTE_BOOLEAN = ClassName.get(CLIENT, "BooleanAttribute");
  static final ClassName ATTRIBUTE_NUMBER = ClassName.get(CLIENT, "NumberAttribute");
  static final ClassName ATTRIBUTE_COMPARABLE = ClassName.get(CLIENT, "ComparableAttribute");
  static final ClassName ATTRIBUTE_VALUE = ClassName.get(CLIENT, "ValueAttribute");
  static final ClassName ATTRIBUTE_LIST = ClassName.get(CLIENT, "ListAttribute");
  static final ClassName TO_ONE = ClassName.get(CLIENT, "ToOne");
  static final ClassName TO_MANY = ClassName.get(CLIENT, "ToMany");
  static final ClassName READERS = ClassName.get("dev.quarry.runtime.jdbc", "Readers");
  static final ClassName SCALAR_TYPE = ClassName.get("dev.quarry.schema", "ScalarType");
  static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeTypes() {}
}

package dev.quarry.processor.write;

import com.palantir.javapoet.ClassName;

/** The runtime classes generated code refers to, by name: the processor does not depend on the runtime. */
final class RuntimeTypes {

  private static final String CLIENT = "dev.quarry.runtime";
  private static final String META = "dev.quarry.runtime.meta";
  private static final String QUERY = "dev.quarry.runtime.query";

  static final ClassName DATABASE = ClassName.get(CLIENT, "Database");
  static final ClassName TRANSACTION_OPTIONS = ClassName.get("dev.quarry.runtime.transaction", "TransactionOptions");
  static final ClassName TRANSACTION_BODY = ClassName.get("dev.quarry.runtime.transaction", "TransactionBody");
  static final ClassName MODEL_TABLE = ClassName.get(META, "ModelTable");
  static final ClassName COLUMN = ClassName.get(META, "Column");
  static final ClassName GENERATOR = ClassName.get(META, "Generator");
  static final ClassName UNIQUE_KEY = ClassName.get(META, "UniqueKey");
  static final ClassName UNIQUE_WHERE = ClassName.get(QUERY, "UniqueWhere");
  static final ClassName RELATION_LINK = ClassName.get(META, "RelationLink");
  static final ClassName RELATION_KIND = RELATION_LINK.nestedClass("Kind");
  static final ClassName ENUM_CODEC = ClassName.get(META, "EnumCodec");
  static final ClassName REPOSITORY = ClassName.get(CLIENT, "Repository");
  static final ClassName READ_REPOSITORY = ClassName.get(CLIENT, "ReadRepository");
  static final ClassName MATERIALIZED_VIEW_REPOSITORY = ClassName.get(CLIENT, "MaterializedViewRepository");
  static final ClassName CAST = ClassName.get(META, "Cast");
  static final ClassName ATTRIBUTE_STRING = ClassName.get(QUERY, "StringAttribute");
  static final ClassName ATTRIBUTE_BOOLEAN = ClassName.get(QUERY, "BooleanAttribute");
  static final ClassName ATTRIBUTE_NUMBER = ClassName.get(QUERY, "NumberAttribute");
  static final ClassName ATTRIBUTE_COMPARABLE = ClassName.get(QUERY, "ComparableAttribute");
  static final ClassName ATTRIBUTE_VALUE = ClassName.get(QUERY, "ValueAttribute");
  static final ClassName ATTRIBUTE_LIST = ClassName.get(QUERY, "ListAttribute");
  static final ClassName TO_ONE = ClassName.get(QUERY, "ToOne");
  static final ClassName TO_MANY = ClassName.get(QUERY, "ToMany");
  static final ClassName READERS = ClassName.get(META, "Readers");
  static final ClassName JSON_CODEC = ClassName.get(META, "JsonCodec");
  static final ClassName JSON_PATH = ClassName.get(QUERY, "JsonPath");
  static final ClassName JSON_ATTRIBUTE = ClassName.get(QUERY, "JsonAttribute");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
  static final ClassName SCALAR_TYPE = ClassName.get("dev.quarry.schema", "ScalarType");
  static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeTypes() {}
}

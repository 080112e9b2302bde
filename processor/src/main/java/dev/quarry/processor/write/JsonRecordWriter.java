package dev.quarry.processor.write;

import static dev.quarry.processor.write.RuntimeTypes.JSON_CODEC;
import static dev.quarry.processor.write.RuntimeTypes.JSON_NODE;
import static dev.quarry.processor.write.RuntimeTypes.JSON_PATH;
import static dev.quarry.processor.write.RuntimeTypes.OBJECT_NODE;
import static dev.quarry.processor.write.RuntimeTypes.SCALAR_TYPE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.processor.model.TypeShape;
import dev.quarry.processor.parse.JsonRecords;
import dev.quarry.schema.ScalarType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes {@code Address_} for a record stored as JSON: its codec ({@code CODEC}, plain accessor and
 * constructor calls) and one {@code JsonPath} per member, for filters on the columns holding it.
 */
final class JsonRecordWriter {

  private final TypeElement record;
  private final List<JsonRecords.Member> members;
  private final ClassName recordType;

  JsonRecordWriter(TypeElement record, JsonRecords records) {
    this.record = record;
    this.members = records.members(record);
    this.recordType = ClassName.get(record);
  }

  /** {@code Address} → {@code Address_}, in the record's package. */
  static ClassName name(TypeElement record) {
    return MetamodelWriter.metamodelName(ClassName.get(record));
  }

  JavaFile write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(name(record))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(MetamodelWriter.generated())
        .addJavadoc("The members of {@link $T}, stored as JSON: its codec, and paths for filters on columns holding it.\n", recordType)
        .addOriginatingElement(record)
        .addField(FieldSpec.builder(ParameterizedTypeName.get(JSON_CODEC, recordType), "CODEC",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Reads and writes {@link $T} as a JSON object, one member per component.\n", recordType)
            .initializer("$L", codec())
            .build());
    for (JsonRecords.Member member : members) {
      type.addField(path(member));
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return JavaFile.builder(recordType.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private TypeSpec codec() {
    MethodSpec.Builder write = MethodSpec.methodBuilder("write")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(JSON_NODE)
        .addParameter(recordType, "value")
        .addStatement("$T node = $T.object()", OBJECT_NODE, JSON_CODEC);
    List<CodeBlock> reads = new ArrayList<>();
    for (JsonRecords.Member member : members) {
      write.addStatement("node.set($S, $L)", member.name(), writer(member));
      reads.add(reader(member));
    }
    write.addStatement("return node");
    MethodSpec read = MethodSpec.methodBuilder("read")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(recordType)
        .addParameter(JSON_NODE, "node")
        .addStatement("return new $T($L)", recordType, CodeBlock.builder().add("\n").indent().indent()
            .add(CodeBlock.join(reads, ",\n")).unindent().unindent().build())
        .build();
    return TypeSpec.anonymousClassBuilder("")
        .superclass(ParameterizedTypeName.get(JSON_CODEC, recordType))
        .addMethod(write.build())
        .addMethod(read)
        .build();
  }

  private CodeBlock writer(JsonRecords.Member member) {
    TypeShape type = member.type();
    String accessor = "value." + member.name() + "()";
    if (type.jsonRecordList()) {
      return CodeBlock.of("$T.array($L, $T.CODEC::toJson)", JSON_CODEC, accessor, name(type.element()));
    }
    if (type.jsonRecord()) {
      return CodeBlock.of("$T.CODEC.toJson($L)", name(type.element()), accessor);
    }
    if (type.list()) {
      return CodeBlock.of("$T.array($L, $T::leaf)", JSON_CODEC, accessor, JSON_CODEC);
    }
    return CodeBlock.of("$T.leaf($L)", JSON_CODEC, accessor);
  }

  private CodeBlock reader(JsonRecords.Member member) {
    TypeShape type = member.type();
    String name = member.name();
    if (type.jsonRecordList()) {
      return CodeBlock.of("$T.list($T.member(node, $S), $T.CODEC::fromJson)", JSON_CODEC, JSON_CODEC, name, name(type.element()));
    }
    if (type.jsonRecord()) {
      return CodeBlock.of("$T.CODEC.fromJson($T.member(node, $S))", name(type.element()), JSON_CODEC, name);
    }
    if (type.list()) {
      return CodeBlock.of("$T.list($T.member(node, $S), $T.element($L))", JSON_CODEC, JSON_CODEC, name, JSON_CODEC, parser(type));
    }
    boolean primitive = type.primitive();
    return switch (type.scalar()) {
      case STRING -> read(name, "asText", "null");
      case BOOLEAN -> read(name, "asBoolean", primitive ? "false" : "null");
      case SHORT -> read(name, "shortValue", primitive ? "(short) 0" : "null");
      case INT -> read(name, "intValue", primitive ? "0" : "null");
      case LONG -> read(name, "longValue", primitive ? "0L" : "null");
      case FLOAT -> read(name, "floatValue", primitive ? "0f" : "null");
      case DOUBLE -> read(name, "doubleValue", primitive ? "0d" : "null");
      case DECIMAL -> CodeBlock.of("$T.read(node, $S, $T::decimal, null)", JSON_CODEC, name, JSON_CODEC);
      case JSON -> CodeBlock.of("$T.member(node, $S)", JSON_CODEC, name);
      default -> CodeBlock.of("$T.parsed(node, $S, $L)", JSON_CODEC, name, parser(type));
    };
  }

  /** {@code JsonCodec.read(node, "name", JsonNode::intValue, 0)}. */
  private static CodeBlock read(String name, String accessor, String absent) {
    return CodeBlock.of("$T.read(node, $S, $T::$L, $L)", JSON_CODEC, name, JSON_NODE, accessor, absent);
  }

  /** A {@code Function<String, V>} reading a leaf's text as its type. */
  private CodeBlock parser(TypeShape type) {
    return switch (type.scalar()) {
      case STRING -> CodeBlock.of("$T::valueOf", String.class);
      case BOOLEAN -> CodeBlock.of("$T::valueOf", Boolean.class);
      case SHORT -> CodeBlock.of("$T::valueOf", Short.class);
      case INT -> CodeBlock.of("$T::valueOf", Integer.class);
      case LONG -> CodeBlock.of("$T::valueOf", Long.class);
      case FLOAT -> CodeBlock.of("$T::valueOf", Float.class);
      case DOUBLE -> CodeBlock.of("$T::valueOf", Double.class);
      case DECIMAL -> CodeBlock.of("$T::new", java.math.BigDecimal.class);
      case UUID -> CodeBlock.of("$T.UUID_TEXT", JSON_CODEC);
      case INSTANT -> CodeBlock.of("$T.INSTANT_TEXT", JSON_CODEC);
      case OFFSET_DATE_TIME -> CodeBlock.of("$T.OFFSET_DATE_TIME_TEXT", JSON_CODEC);
      case LOCAL_DATE -> CodeBlock.of("$T.LOCAL_DATE_TEXT", JSON_CODEC);
      case LOCAL_TIME -> CodeBlock.of("$T.LOCAL_TIME_TEXT", JSON_CODEC);
      case LOCAL_DATE_TIME -> CodeBlock.of("$T.LOCAL_DATE_TIME_TEXT", JSON_CODEC);
      case ENUM -> CodeBlock.of("$T::valueOf", ClassName.get(type.element()));
      default -> throw new IllegalStateException("No JSON text parser for " + type.javaType());
    };
  }

  private FieldSpec path(JsonRecords.Member member) {
    TypeName value = TypeName.get(member.element().asType()).withoutAnnotations();
    if (value.isPrimitive()) {
      value = value.box();
    }
    TypeShape type = member.type();
    ScalarType compared = type.list() || type.jsonRecord() ? ScalarType.JSON : type.scalar();
    return FieldSpec.builder(ParameterizedTypeName.get(JSON_PATH, recordType, value), JavaNames.constant(member.name()),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The member {@code $L}$L.\n", member.name(), type.jsonRecord() && !type.jsonRecordList()
            ? CodeBlock.of(": a {@link $T}, whose members follow with {@code then(...)}", ClassName.get(type.element())) : "")
        .initializer("$T.of($S, $T.$L)", JSON_PATH, member.name(), SCALAR_TYPE, compared)
        .build();
  }
}

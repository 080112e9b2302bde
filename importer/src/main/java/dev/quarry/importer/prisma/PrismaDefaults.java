package dev.quarry.importer.prisma;

import com.palantir.javapoet.AnnotationSpec;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.importer.prisma.Ast.Array;
import dev.quarry.importer.prisma.Ast.Attribute;
import dev.quarry.importer.prisma.Ast.Call;
import dev.quarry.importer.prisma.Ast.Member;
import dev.quarry.importer.prisma.Ast.Name;
import dev.quarry.importer.prisma.Ast.Num;
import dev.quarry.importer.prisma.Ast.Str;
import dev.quarry.importer.prisma.Ast.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Prisma's {@code @default(...)} as Quarry's {@code @Default}. */
final class PrismaDefaults {

  private PrismaDefaults() {}

  /**
   * The {@code @Default} for {@code field}'s {@code @default}, or empty when it has none or it
   * cannot be expressed (reported).
   *
   * @param constantName an enum constant's Java name from its Prisma name
   * @param label an enum constant's database label from its Prisma name
   * @param arrayType the column's array type as Prisma writes it ({@code TEXT[]}), for a list's default
   */
  static Optional<AnnotationSpec> of(Member field, UnaryOperator<String> constantName, UnaryOperator<String> label,
      String arrayType, Problems problems) {
    Optional<Attribute> attribute = field.attribute("default");
    if (attribute.isEmpty()) {
      return Optional.empty();
    }
    Optional<Value> value = attribute.get().arg("value", 0);
    if (value.isEmpty()) {
      problems.add(attribute.get().position(), "@default on " + field.name() + " needs a value");
      return Optional.empty();
    }
    AnnotationSpec.Builder spec = AnnotationSpec.builder(Default.class);
    Value v = value.get();
    if (v instanceof Str s) {
      return Optional.of(spec.addMember("value", "$S", s.text()).build());
    }
    if (v instanceof Num n) {
      return Optional.of(spec.addMember("value", "$S", n.text()).build());
    }
    if (v instanceof Name n) {
      String text = n.text().equals("true") || n.text().equals("false") ? n.text() : constantName.apply(n.text());
      return Optional.of(spec.addMember("value", "$S", text).build());
    }
    if (v instanceof Call call) {
      return function(field, call, spec, problems);
    }
    // A list's default is the array expression Prisma writes, kept as the database's default.
    List<String> items = new ArrayList<>();
    for (Value item : ((Array) v).items()) {
      if (item instanceof Str s) {
        items.add("'" + s.text().replace("'", "''") + "'");
      } else if (item instanceof Num n) {
        items.add(n.text());
      } else if (item instanceof Name n) {
        items.add(n.text().equals("true") || n.text().equals("false") ? n.text() : "'" + label.apply(n.text()).replace("'", "''") + "'");
      } else {
        problems.add(item.position(), "@default on " + field.name() + " lists something other than literals");
        return Optional.empty();
      }
    }
    return Optional.of(spec.addMember("dbGenerated", "$S", "ARRAY[" + String.join(", ", items) + "]::" + arrayType).build());
  }

  private static Optional<AnnotationSpec> function(Member field, Call call, AnnotationSpec.Builder spec, Problems problems) {
    String version = call.args().isEmpty() ? "" : call.args().get(0).value() instanceof Num n ? n.text() : "?";
    DefaultFunction function = switch (call.name() + (version.isEmpty() ? "" : "(" + version + ")")) {
      case "autoincrement" -> DefaultFunction.AUTOINCREMENT;
      case "now" -> DefaultFunction.NOW;
      case "uuid", "uuid(4)" -> DefaultFunction.UUID;
      // Quarry's cuid is of the second kind; either fits a text id column.
      case "cuid", "cuid(1)", "cuid(2)" -> DefaultFunction.CUID;
      case "ulid" -> DefaultFunction.ULID;
      case "nanoid", "nanoid(21)" -> DefaultFunction.NANOID;
      default -> null;
    };
    if (function != null) {
      return Optional.of(spec.addMember("function", "$T.$L", DefaultFunction.class, function.name()).build());
    }
    if (call.name().equals("dbgenerated")) {
      if (!call.args().isEmpty() && call.args().get(0).value() instanceof Str expression) {
        return Optional.of(spec.addMember("dbGenerated", "$S", expression.text()).build());
      }
      problems.add(call.position(), "@default(dbgenerated()) on " + field.name()
          + " gives no expression; write the database's default in it, as in dbgenerated(\"now()\")");
      return Optional.empty();
    }
    problems.add(call.position(), "@default(" + call.name() + (version.isEmpty() ? "" : "(" + version + ")") + ") on "
        + field.name() + " has no Quarry equivalent (Quarry has autoincrement, now, uuid (v4), cuid, ulid, nanoid(21) "
        + "and dbgenerated)");
    return Optional.empty();
  }
}

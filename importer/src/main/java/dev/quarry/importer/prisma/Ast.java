package dev.quarry.importer.prisma;

import java.util.List;
import java.util.Optional;

/** The syntax of a Prisma schema, as written: blocks of fields and attributes, nothing resolved. */
final class Ast {

  private Ast() {}

  /** A top-level block: {@code model}, {@code view}, {@code enum}, {@code datasource}, {@code generator} or {@code type}. */
  record Block(String keyword, String name, List<Member> members, List<Attribute> attributes, List<String> doc,
      Position position) {}

  /**
   * A field of a model or view, a constant of an enum ({@code type} is then {@code null}), or a
   * {@code key = value} setting of a datasource or generator ({@code setting} is then set).
   */
  record Member(String name, TypeRef type, List<Attribute> attributes, Value setting, List<String> doc, Position position) {

    Optional<Attribute> attribute(String attributeName) {
      return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    boolean has(String attributeName) {
      return attribute(attributeName).isPresent();
    }
  }

  /**
   * A field's type.
   *
   * @param name the type's name ({@code String}, a model, an enum); {@code Unsupported} for an unsupported one
   * @param list {@code []}
   * @param optional {@code ?}
   * @param unsupported the database type of {@code Unsupported("...")}, else {@code null}
   */
  record TypeRef(String name, boolean list, boolean optional, String unsupported) {}

  /** {@code @name(args)} on a field, {@code @@name(args)} on a block; {@code name} is {@code db.VarChar} for native types. */
  record Attribute(String name, List<Arg> args, Position position) {

    /** The argument of this name, or the unnamed one at {@code index} when none is named so. */
    Optional<Value> arg(String argName, int index) {
      for (Arg arg : args) {
        if (argName.equals(arg.name())) {
          return Optional.of(arg.value());
        }
      }
      int unnamed = 0;
      for (Arg arg : args) {
        if (arg.name() == null && unnamed++ == index) {
          return Optional.of(arg.value());
        }
      }
      return Optional.empty();
    }
  }

  /** An argument, named ({@code map: "x"}) or not ({@code name} is then {@code null}). */
  record Arg(String name, Value value, Position position) {}

  /** An argument's value. */
  sealed interface Value {
    Position position();
  }

  /** A string literal, unescaped. */
  record Str(String text, Position position) implements Value {}

  /** A number as written. */
  record Num(String text, Position position) implements Value {}

  /** A bare name: {@code true}, {@code Cascade}, an enum constant, a field. */
  record Name(String text, Position position) implements Value {}

  /** A call such as {@code now()}, {@code dbgenerated("...")} or {@code createdAt(sort: Desc)}. */
  record Call(String name, List<Arg> args, Position position) implements Value {}

  /** {@code [a, b]}. */
  record Array(List<Value> items, Position position) implements Value {}
}

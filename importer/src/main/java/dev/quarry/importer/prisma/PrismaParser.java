package dev.quarry.importer.prisma;

import dev.quarry.importer.prisma.Ast.Arg;
import dev.quarry.importer.prisma.Ast.Array;
import dev.quarry.importer.prisma.Ast.Attribute;
import dev.quarry.importer.prisma.Ast.Block;
import dev.quarry.importer.prisma.Ast.Call;
import dev.quarry.importer.prisma.Ast.Member;
import dev.quarry.importer.prisma.Ast.Name;
import dev.quarry.importer.prisma.Ast.Num;
import dev.quarry.importer.prisma.Ast.Str;
import dev.quarry.importer.prisma.Ast.TypeRef;
import dev.quarry.importer.prisma.Ast.Value;
import dev.quarry.importer.prisma.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the blocks of one Prisma schema file (a recursive descent over {@link PrismaLexer}'s tokens). */
final class PrismaParser {

  private static final Set<String> KEYWORDS = Set.of("model", "view", "enum", "datasource", "generator", "type");

  private final List<Token> tokens;
  private int next;
  /** Inside parentheses or brackets line ends mean nothing. */
  private int nesting;

  private PrismaParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The blocks of {@code text}, read from {@code file}. */
  static List<Block> parse(String file, String text) {
    return new PrismaParser(PrismaLexer.tokens(file, text)).blocks();
  }

  private List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    List<String> doc = new ArrayList<>();
    while (peek().kind() != Kind.END) {
      Token token = take();
      if (token.kind() == Kind.NEWLINE) {
        continue;
      }
      if (token.kind() == Kind.DOC) {
        doc.add(token.text());
        continue;
      }
      if (token.kind() != Kind.IDENTIFIER || !KEYWORDS.contains(token.text())) {
        throw error(token, "expected model, view, enum, datasource, generator or type, found " + token.describe());
      }
      blocks.add(block(token, List.copyOf(doc)));
      doc.clear();
    }
    return blocks;
  }

  private Block block(Token keyword, List<String> doc) {
    String name = identifier("a name for the " + keyword.text());
    expect("{");
    List<Member> members = new ArrayList<>();
    List<Attribute> attributes = new ArrayList<>();
    List<String> memberDoc = new ArrayList<>();
    while (true) {
      Token token = peek();
      if (token.kind() == Kind.NEWLINE) {
        take();
      } else if (token.kind() == Kind.DOC) {
        memberDoc.add(take().text());
      } else if (token.is("}")) {
        take();
        return new Block(keyword.text(), name, members, attributes, doc, keyword.position());
      } else if (token.is("@@")) {
        take();
        attributes.add(attribute(token));
        endOfLine();
      } else if (token.kind() == Kind.IDENTIFIER) {
        members.add(member(keyword.text(), List.copyOf(memberDoc)));
        memberDoc.clear();
      } else if (token.kind() == Kind.END) {
        throw error(keyword, "the " + keyword.text() + " " + name + " is not closed with '}'");
      } else {
        throw error(token, "expected a field or '}' in " + keyword.text() + " " + name + ", found " + token.describe());
      }
    }
  }

  private Member member(String keyword, List<String> doc) {
    Token name = take();
    if (keyword.equals("datasource") || keyword.equals("generator")) {
      expect("=");
      Value value = value();
      endOfLine();
      return new Member(name.text(), null, List.of(), value, doc, name.position());
    }
    TypeRef type = keyword.equals("enum") ? null : type(name);
    List<Attribute> attributes = new ArrayList<>();
    while (peek().is("@")) {
      attributes.add(attribute(take()));
    }
    endOfLine();
    return new Member(name.text(), type, attributes, null, doc, name.position());
  }

  private TypeRef type(Token field) {
    Token type = peek();
    if (type.kind() != Kind.IDENTIFIER) {
      throw error(type, "the field " + field.text() + " needs a type, found " + type.describe());
    }
    take();
    String unsupported = null;
    if (type.text().equals("Unsupported")) {
      expect("(");
      Token text = take();
      if (text.kind() != Kind.STRING) {
        throw error(text, "Unsupported takes the database type as a string, as in Unsupported(\"circle\")");
      }
      unsupported = text.text();
      expect(")");
    }
    boolean list = false;
    if (peek().is("[")) {
      take();
      expect("]");
      list = true;
    }
    boolean optional = false;
    if (peek().is("?")) {
      take();
      optional = true;
    }
    return new TypeRef(type.text(), list, optional, unsupported);
  }

  private Attribute attribute(Token at) {
    StringBuilder name = new StringBuilder(identifier("an attribute name after " + at.text()));
    while (peek().is(".")) {
      take();
      name.append('.').append(identifier("a name after '.'"));
    }
    List<Arg> args = peek().is("(") ? arguments() : List.of();
    return new Attribute(name.toString(), args, at.position());
  }

  private List<Arg> arguments() {
    expect("(");
    nesting++;
    List<Arg> args = new ArrayList<>();
    while (!peek().is(")")) {
      Token start = peek();
      String name = null;
      if (start.kind() == Kind.IDENTIFIER && peekAt(1).is(":")) {
        name = take().text();
        take();
      }
      args.add(new Arg(name, value(), start.position()));
      if (!peek().is(")")) {
        expect(",");
      }
    }
    nesting--;
    take();
    return args;
  }

  private Value value() {
    Token token = take();
    return switch (token.kind()) {
      case STRING -> new Str(token.text(), token.position());
      case NUMBER -> new Num(token.text(), token.position());
      case IDENTIFIER -> peek().is("(")
          ? new Call(token.text(), arguments(), token.position())
          : new Name(token.text(), token.position());
      case SYMBOL -> {
        if (!token.is("[")) {
          throw error(token, "expected a value, found " + token.describe());
        }
        nesting++;
        List<Value> items = new ArrayList<>();
        while (!peek().is("]")) {
          items.add(value());
          if (!peek().is("]")) {
            expect(",");
          }
        }
        nesting--;
        take();
        yield new Array(items, token.position());
      }
      default -> throw error(token, "expected a value, found " + token.describe());
    };
  }

  private String identifier(String what) {
    Token token = take();
    if (token.kind() != Kind.IDENTIFIER) {
      throw error(token, "expected " + what + ", found " + token.describe());
    }
    return token.text();
  }

  private void expect(String symbol) {
    Token token = take();
    if (!token.is(symbol)) {
      throw error(token, "expected '" + symbol + "', found " + token.describe());
    }
  }

  private void endOfLine() {
    Token token = peek();
    if (token.kind() == Kind.NEWLINE || token.kind() == Kind.END) {
      take();
      return;
    }
    if (token.is("}")) {
      return;
    }
    throw error(token, "expected the end of the line, found " + token.describe());
  }

  private Token take() {
    skipInsignificant();
    Token token = tokens.get(next);
    if (token.kind() != Kind.END) {
      next++;
    }
    return token;
  }

  private Token peek() {
    return peekAt(0);
  }

  private Token peekAt(int ahead) {
    skipInsignificant();
    int index = next;
    for (int seen = 0; ; index++) {
      Token token = tokens.get(index);
      if (token.kind() == Kind.END || (nesting == 0 || (token.kind() != Kind.NEWLINE && token.kind() != Kind.DOC))) {
        if (seen++ == ahead || token.kind() == Kind.END) {
          return token;
        }
      }
    }
  }

  private void skipInsignificant() {
    while (nesting > 0 && (tokens.get(next).kind() == Kind.NEWLINE || tokens.get(next).kind() == Kind.DOC)) {
      next++;
    }
  }

  private static PrismaSchemaException error(Token token, String message) {
    return new PrismaSchemaException(token.position(), message);
  }
}

package dev.quarry.importer.prisma;

import dev.quarry.importer.prisma.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits one Prisma schema file into tokens; {@code //} comments are dropped, {@code ///} kept. */
final class PrismaLexer {

  private final String file;
  private final String text;
  private int offset;
  private int line = 1;
  private int lineStart;

  private PrismaLexer(String file, String text) {
    this.file = file;
    this.text = text;
  }

  static List<Token> tokens(String file, String text) {
    return new PrismaLexer(file, text).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (offset < text.length()) {
      char c = text.charAt(offset);
      Position at = position();
      if (c == '\n') {
        tokens.add(new Token(Kind.NEWLINE, "\n", at));
        offset++;
        line++;
        lineStart = offset;
      } else if (Character.isWhitespace(c)) {
        offset++;
      } else if (text.startsWith("///", offset)) {
        int end = lineEnd();
        tokens.add(new Token(Kind.DOC, text.substring(offset + 3, end).strip(), at));
        offset = end;
      } else if (text.startsWith("//", offset)) {
        offset = lineEnd();
      } else if (c == '"') {
        tokens.add(new Token(Kind.STRING, string(at), at));
      } else if (c == '@' && text.startsWith("@@", offset)) {
        tokens.add(new Token(Kind.SYMBOL, "@@", at));
        offset += 2;
      } else if ("{}()[],:=?.@".indexOf(c) >= 0) {
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), at));
        offset++;
      } else if (Character.isDigit(c) || (c == '-' && offset + 1 < text.length() && Character.isDigit(text.charAt(offset + 1)))) {
        int start = offset++;
        while (offset < text.length() && (Character.isDigit(text.charAt(offset)) || text.charAt(offset) == '.'
            || text.charAt(offset) == 'e' || text.charAt(offset) == 'E')) {
          offset++;
        }
        tokens.add(new Token(Kind.NUMBER, text.substring(start, offset), at));
      } else if (Character.isLetter(c) || c == '_') {
        int start = offset;
        while (offset < text.length() && (Character.isLetterOrDigit(text.charAt(offset)) || text.charAt(offset) == '_')) {
          offset++;
        }
        tokens.add(new Token(Kind.IDENTIFIER, text.substring(start, offset), at));
      } else {
        throw new PrismaSchemaException(at, "unexpected character '" + c + "'");
      }
    }
    tokens.add(new Token(Kind.NEWLINE, "\n", position()));
    tokens.add(new Token(Kind.END, "", position()));
    return tokens;
  }

  private String string(Position at) {
    StringBuilder value = new StringBuilder();
    offset++;
    while (true) {
      if (offset >= text.length() || text.charAt(offset) == '\n') {
        throw new PrismaSchemaException(at, "this string is not closed on its line");
      }
      char c = text.charAt(offset++);
      if (c == '"') {
        return value.toString();
      }
      if (c == '\\' && offset < text.length()) {
        char escaped = text.charAt(offset++);
        switch (escaped) {
          case 'n' -> value.append('\n');
          case 't' -> value.append('\t');
          case 'r' -> value.append('\r');
          case 'u' -> {
            if (offset + 4 > text.length()) {
              throw new PrismaSchemaException(at, "a \\u escape needs four hexadecimal digits");
            }
            value.append((char) Integer.parseInt(text.substring(offset, offset + 4), 16));
            offset += 4;
          }
          default -> value.append(escaped);
        }
      } else {
        value.append(c);
      }
    }
  }

  private int lineEnd() {
    int end = text.indexOf('\n', offset);
    return end < 0 ? text.length() : end;
  }

  private Position position() {
    return new Position(file, line, offset - lineStart + 1);
  }
}

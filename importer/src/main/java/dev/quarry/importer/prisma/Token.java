package dev.quarry.importer.prisma;

/** One token of a Prisma schema. */
record Token(Kind kind, String text, Position position) {

  enum Kind {
    IDENTIFIER,
    STRING,
    NUMBER,
    /** One of {@code { } ( ) [ ] , : = ? . @ @@}. */
    SYMBOL,
    /** The end of a line: fields and block attributes end there. */
    NEWLINE,
    /** A {@code ///} comment, kept as documentation. */
    DOC,
    END
  }

  boolean is(String symbol) {
    return (kind == Kind.SYMBOL || kind == Kind.IDENTIFIER) && text.equals(symbol);
  }

  String describe() {
    return switch (kind) {
      case NEWLINE -> "the end of the line";
      case END -> "the end of the file";
      case STRING -> "\"" + text + "\"";
      case DOC -> "a comment";
      default -> "'" + text + "'";
    };
  }
}

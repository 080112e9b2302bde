package dev.quarry.importer.prisma;

import dev.quarry.importer.ImportException;

/** A Prisma schema that cannot be read or imported, with the place at fault. */
public final class PrismaSchemaException extends ImportException {

  private static final long serialVersionUID = 1L;

  private final transient Position position;

  PrismaSchemaException(Position position, String message) {
    super(position + ": " + message);
    this.position = position;
  }

  /** Where the problem is. */
  public Position position() {
    return position;
  }
}

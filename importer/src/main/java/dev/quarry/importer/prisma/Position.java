package dev.quarry.importer.prisma;

/**
 * Where something was written in a Prisma schema, one-based.
 *
 * @param file the schema file's name as given
 * @param line the line
 * @param column the column
 */
public record Position(String file, int line, int column) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}

/** The {@code quarry import} command (picocli), a thin layer over {@link dev.quarry.importer.prisma.PrismaImport}. */
package dev.quarry.importer.cli;

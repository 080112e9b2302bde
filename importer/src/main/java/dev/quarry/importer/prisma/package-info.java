/**
 * {@code quarry import prisma}: a Prisma schema read (lexer, parser), translated into Quarry
 * records under Prisma's naming, and written as Java sources.
 */
package dev.quarry.importer.prisma;

/**
 * Brings existing schemas into Quarry: {@link dev.quarry.importer.prisma.PrismaImport} writes
 * Quarry records from a Prisma schema.
 */
package dev.quarry.importer;

/**
 * Java sources an import writes: records, enums and the package's {@code package-info.java}, as a
 * plan ({@link dev.quarry.importer.source.JavaSources}) any importer fills and
 * {@link dev.quarry.importer.source.SourceWriter} writes.
 */
package dev.quarry.importer.source;

package dev.quarry.schema;

/**
 * One enum constant.
 *
 * @param name the Java constant
 * @param dbName the label stored in the database
 */
public record EnumValue(String name, String dbName) {}

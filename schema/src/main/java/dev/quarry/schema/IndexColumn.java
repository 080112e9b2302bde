package dev.quarry.schema;

/**
 * One column of an {@link Index}.
 *
 * @param field the field name
 * @param column the column name
 * @param sort the sort order
 */
public record IndexColumn(String field, String column, SortOrder sort) {}

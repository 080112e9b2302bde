package dev.quarry.importer.pull;

import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL schema as its catalog describes it, in the terms {@code db pull} needs: tables and
 * views with their columns, keys, indexes and foreign keys, and enum types.
 *
 * @param enums the enum types by name, each with its labels in order
 * @param tables the tables and views, by name
 */
record DbCatalog(Map<String, List<String>> enums, Map<String, Table> tables) {

  /**
   * A table or view.
   *
   * @param name its name
   * @param view whether it is a view
   * @param viewSql a view's query as PostgreSQL prints it, else {@code null}
   * @param materialized whether the view is materialized
   * @param columns its columns in order
   * @param primaryKey its primary key, or {@code null}
   * @param uniques its unique constraints and plain unique indexes
   * @param indexes its other plain indexes
   * @param foreignKeys its foreign keys
   * @param leftOut what it has that records cannot express (checks, expression or partial indexes)
   */
  record Table(String name, boolean view, String viewSql, boolean materialized, List<Column> columns, Key primaryKey, List<Key> uniques, List<Key> indexes,
      List<ForeignKey> foreignKeys, List<String> leftOut) {

    Column column(String columnName) {
      return columns.stream().filter(c -> c.name().equals(columnName)).findFirst().orElseThrow();
    }
  }

  /**
   * A column.
   *
   * @param name its name
   * @param type the type's name ({@code int4}, {@code varchar}, the enum's name; the element's for an array)
   * @param formatted the type as PostgreSQL prints it ({@code character varying(200)})
   * @param enumType whether {@code type} is an enum
   * @param array whether it is an array
   * @param notNull whether it refuses NULL
   * @param identity whether it is an identity column
   * @param defaultExpression its default as PostgreSQL prints it, or {@code null}
   */
  record Column(String name, String type, String formatted, boolean enumType, boolean array, boolean notNull,
      boolean identity, String defaultExpression) {}

  /**
   * A primary key, unique or index over plain columns.
   *
   * @param name its name
   * @param columns its columns in order
   * @param descending for each column, whether it is sorted descending
   * @param constraint whether it is a constraint (rather than an index alone)
   */
  record Key(String name, List<String> columns, List<Boolean> descending, boolean constraint) {}

  /**
   * A foreign key.
   *
   * @param name its name
   * @param columns the referencing columns
   * @param referencedTable the referenced table
   * @param referencedColumns the referenced columns
   * @param onDelete the action on delete ({@code a}, {@code r}, {@code c}, {@code n}, {@code d} as in {@code pg_constraint})
   * @param onUpdate the action on update
   */
  record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
      char onDelete, char onUpdate) {}
}

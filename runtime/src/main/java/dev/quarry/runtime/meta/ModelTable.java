package dev.quarry.runtime.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Everything the runtime knows of one model, written by the processor: names, columns, keys and
 * relations, and the code that reads a row into the record and takes values out of it. Generated
 * code implements the abstract methods with plain constructor calls and accessors; nothing is done
 * by reflection.
 *
 * @param <M> the model record
 */
public abstract class ModelTable<M> {

  private final String model;
  private final String table;
  private final List<Column> columns;
  private final UniqueKey primaryKey;
  private final List<UniqueKey> uniques;
  private final int[] allColumns;
  private final int[] allPositions;
  private final int versionColumn;
  private final List<UniqueKey> keys;
  private final String[] paths;
  private final int softDeleteColumn;

  /**
   * @param model the model's name
   * @param table its table
   * @param columns its columns in component order
   * @param primaryKey its primary key, or {@code null} (a view without id)
   * @param uniques its unique constraints
   */
  protected ModelTable(String model, String table, List<Column> columns, UniqueKey primaryKey, List<UniqueKey> uniques) {
    this.model = model;
    this.table = table;
    this.columns = List.copyOf(columns);
    this.primaryKey = primaryKey;
    this.uniques = List.copyOf(uniques);
    this.allColumns = new int[columns.size()];
    this.allPositions = new int[columns.size()];
    for (int i = 0; i < allColumns.length; i++) {
      allColumns[i] = i;
      allPositions[i] = i + 1;
    }
    int version = -1;
    int softDelete = -1;
    for (int i = 0; i < this.columns.size(); i++) {
      if (this.columns.get(i).generator() == Generator.VERSION) {
        version = i;
      }
      if (this.columns.get(i).generator() == Generator.SOFT_DELETE) {
        softDelete = i;
      }
    }
    this.versionColumn = version;
    List<UniqueKey> all = new java.util.ArrayList<>();
    if (primaryKey != null) {
      all.add(primaryKey);
    }
    all.addAll(this.uniques);
    this.keys = List.copyOf(all);
    this.paths = new String[this.columns.size()];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = model + "." + this.columns.get(i).field();
    }
    this.softDeleteColumn = softDelete;
  }

  /** The model's name. */
  public final String model() {
    return model;
  }

  /** The table name. */
  public final String table() {
    return table;
  }

  /** The columns, in component order. */
  public final List<Column> columns() {
    return columns;
  }

  /** The primary key, or {@code null} for a view without id. */
  public final UniqueKey primaryKey() {
    return primaryKey;
  }

  /** The unique constraints. */
  public final List<UniqueKey> uniques() {
    return uniques;
  }

  /** {@code Model.field} of column {@code column}, for messages (made once, not per value checked). */
  public final String path(int column) {
    return paths[column];
  }

  /** The keys a row can be found by: the primary key (when there is one), then the uniques. */
  public final List<UniqueKey> keys() {
    return keys;
  }

  /**
   * The SQL of a lookup by {@code keys().get(key)}, rendered when the model was compiled, so the
   * runtime need not render it: every column in component order, the key's columns compared in
   * the key's order with one {@code ?} each, live rows only for a soft-delete model. {@code null}
   * for a key without one (a partial index's own condition); generated code overrides this.
   */
  public String lookupSql(int key) {
    return null;
  }

  /**
   * The SQL of a delete by {@code keys().get(key)} returning the row, rendered when the model was
   * compiled (every column returned in component order); {@code null} where there is none, and for
   * a soft-delete model, whose delete is an update. Generated code overrides this.
   */
  public String deleteSql(int key) {
    return null;
  }

  /**
   * The SQL of a create giving exactly {@code columns} (bit {@code i} for column {@code i}),
   * returning the row, when the model was compiled with it: the columns a create usually gives
   * (all but those the database fills in). {@code null} for any other set. Generated code
   * overrides this.
   */
  public String insertSql(long columns) {
    return null;
  }

  /** The {@code @Version} column's index, or -1 when the model has none. */
  public final int versionColumn() {
    return versionColumn;
  }

  /** The {@code @SoftDelete} column's index, or -1 when rows are deleted for good. */
  public final int softDeleteColumn() {
    return softDeleteColumn;
  }

  /** The relation fields, in component order. */
  public abstract List<RelationLink> relations();

  /**
   * Reads the current row. {@code positions[i]} is the 1-based result column of column {@code i},
   * or 0 when the query did not select it (the component is then {@code null}, or zero for a
   * primitive). Relation components are {@code null}: not loaded.
   */
  public abstract M read(ResultSet rs, int[] positions) throws SQLException;

  /** The value of column {@code column} in {@code row}, boxed. */
  public abstract Object get(M row, int column);

  /** A copy of {@code row} with column {@code column} set to {@code value}. */
  public abstract M withColumn(M row, int column, Object value);

  /** The value of relation {@code relation} in {@code row}: a record, a list, or {@code null}. */
  public abstract Object getRelation(M row, int relation);

  /** A copy of {@code row} with relation {@code relation} set to {@code value}. */
  public abstract M withRelation(M row, int relation, Object value);

  /** The index of every column, in component order (shared: do not modify). */
  public final int[] allColumns() {
    return allColumns;
  }

  /** Positions that read every column from a result whose columns are in component order (shared: do not modify). */
  public final int[] allPositions() {
    return allPositions;
  }

  @Override
  public final String toString() {
    return model + " (" + table + ")";
  }
}

package dev.quarry.runtime.query;

import dev.quarry.runtime.meta.ModelTable;

/**
 * A column holding a record as JSON ({@code Order_.ADDRESS}): compared whole like any column, and
 * filtered on the record's members with {@link #field}:
 * {@code Order_.ADDRESS.field(Address_.CITY).eq("Oslo")}.
 *
 * @param <M> the model
 * @param <T> the record type
 */
public class JsonAttribute<M, T> extends Attribute<M, T> {

  /** An attribute for column {@code index} of {@code table}. */
  public JsonAttribute(ModelTable<M> table, int index) {
    super(table, index);
  }

  /** One member of the record (or of a record nested in it), to filter on. */
  public <V> JsonField<M, V> field(JsonPath<T, V> member) {
    return new JsonField<>(this, member.path(), member.type());
  }

  /** Tests for SQL NULL (the column, not a member); see {@link JsonField#isNull()} for members. */
  public Filter<M> isNull() {
    return new Filter.IsNull<>(this, false);
  }

  /** Tests for a value (the column, not a member). */
  public Filter<M> isNotNull() {
    return new Filter.IsNull<>(this, true);
  }

  /**
   * A column holding a list of records as a JSON array ({@code Order_.LINES}): filtered on whether
   * some element has a member equal to a value, {@code Order_.LINES.some(Line_.SKU, "A-1")}.
   *
   * @param <M> the model
   * @param <E> the element record type
   */
  public static class OfList<M, E> extends Attribute<M, java.util.List<E>> {

    /** An attribute for column {@code index} of {@code table}. */
    public OfList(ModelTable<M> table, int index) {
      super(table, index);
    }

    /** Some element's member equals {@code value} ({@code @>}, which a GIN index serves). */
    public <V> Filter<M> some(JsonPath<E, V> member, V value) {
      return new Filter.JsonContains<>(this, JsonField.document(member.path(), value, true));
    }
  }
}

package dev.quarry.runtime.query;

import dev.quarry.runtime.meta.ModelTable;

/**
 * A text column. Matching operators take the value literally: {@code %}, {@code _} and
 * {@code \} in it are escaped, never treated as wildcards.
 *
 * @param <M> the model
 */
public class StringAttribute<M> extends ComparableAttribute<M, String> {

  /** An attribute for column {@code index} of {@code table}. */
  public StringAttribute(ModelTable<M> table, int index) {
    super(table, index);
  }

  /** Contains {@code text}. */
  public Filter<M> contains(String text) {
    return text(Filter.TextOperator.CONTAINS, text, false, "contains");
  }

  /** Starts with {@code text}. */
  public Filter<M> startsWith(String text) {
    return text(Filter.TextOperator.STARTS_WITH, text, false, "startsWith");
  }

  /** Ends with {@code text}. */
  public Filter<M> endsWith(String text) {
    return text(Filter.TextOperator.ENDS_WITH, text, false, "endsWith");
  }

  /** Contains {@code text}, ignoring case. */
  public Filter<M> containsIgnoreCase(String text) {
    return text(Filter.TextOperator.CONTAINS, text, true, "containsIgnoreCase");
  }

  /** Starts with {@code text}, ignoring case. */
  public Filter<M> startsWithIgnoreCase(String text) {
    return text(Filter.TextOperator.STARTS_WITH, text, true, "startsWithIgnoreCase");
  }

  /** Ends with {@code text}, ignoring case. */
  public Filter<M> endsWithIgnoreCase(String text) {
    return text(Filter.TextOperator.ENDS_WITH, text, true, "endsWithIgnoreCase");
  }

  /** Equal to {@code text}, ignoring case. */
  public Filter<M> equalsIgnoreCase(String text) {
    return text(Filter.TextOperator.EQUALS, text, true, "equalsIgnoreCase");
  }

  private Filter<M> text(Filter.TextOperator operator, String text, boolean insensitive, String name) {
    return new Filter.Text<>(this, operator, require(text, name), insensitive);
  }

  /**
   * The optional form.
   *
   * @param <M> the model
   */
  public static final class Optional<M> extends StringAttribute<M> implements Attribute.Nullable<M> {
    /** An attribute for column {@code index} of {@code table}. */
    public Optional(ModelTable<M> table, int index) {
      super(table, index);
    }
  }
}

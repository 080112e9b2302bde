package dev.quarry.runtime.query;

import dev.quarry.runtime.error.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * Identifies at most one row: values for the id or for one unique of the model. Generated code
 * offers one factory per key ({@code User_.id(1)}, {@code User_.email("a@x.io")},
 * {@code Post_.authorIdAndSlug(1, "hello")}), so only real keys can be passed.
 *
 * @param <M> the model
 * @param attributes the key's columns
 * @param values their values, in the same order
 */
public record UniqueWhere<M>(List<Attribute<M, ?>> attributes, List<Object> values) {

  public UniqueWhere {
    attributes = List.copyOf(attributes);
    values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    for (int i = 0; i < attributes.size(); i++) {
      if (values.get(i) == null) {
        throw new InvalidValueException("A unique lookup needs a value for " + attributes.get(i).path() + ", not null.");
      }
    }
  }

  /** A one-column key. */
  public static <M, V> UniqueWhere<M> of(Attribute<M, V> attribute, V value) {
    List<Object> values = new ArrayList<>();
    values.add(value);
    return new UniqueWhere<>(List.of(attribute), values);
  }

  /** The equivalent filter. */
  public Filter<M> toFilter() {
    List<Filter<M>> parts = new ArrayList<>();
    for (int i = 0; i < attributes.size(); i++) {
      parts.add(new Filter.Compare<>(attributes.get(i), Filter.Operator.EQ, values.get(i)));
    }
    return Filter.and(parts);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < attributes.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(attributes.get(i).column().field()).append(" = ").append(values.get(i));
    }
    return text.toString();
  }
}

package dev.quarry.runtime.meta;

import java.util.HashMap;
import java.util.Map;

/**
 * Converts a Java enum to the label stored in the database and back; generated code gives the
 * constants and labels, so nothing is looked up by reflection.
 *
 * @param <E> the enum type
 */
public final class EnumCodec<E extends Enum<E>> {

  private final String typeName;
  private final E[] constants;
  private final String[] labels;
  private final Map<String, E> byLabel = new HashMap<>();

  /**
   * @param typeName the database enum type
   * @param constants the constants, in ordinal order ({@code Role.values()})
   * @param labels the stored label of each constant, in the same order
   */
  public EnumCodec(String typeName, E[] constants, String[] labels) {
    this.typeName = typeName;
    this.constants = constants.clone();
    this.labels = labels.clone();
    for (int i = 0; i < constants.length; i++) {
      byLabel.put(labels[i], constants[i]);
    }
  }

  /** The database enum type's name. */
  public String typeName() {
    return typeName;
  }

  /** The stored label of a constant. */
  public String label(Object constant) {
    return labels[((Enum<?>) constant).ordinal()];
  }

  /** The constant stored under this label. */
  public E constant(String label) {
    E value = byLabel.get(label);
    if (value == null) {
      throw new IllegalStateException("The database holds \"" + label + "\" in enum " + typeName
          + ", which no constant of " + constants.getClass().getComponentType().getSimpleName()
          + " maps to. Add the constant, or migrate the data.");
    }
    return value;
  }
}

package dev.quarry.schema;

import java.util.List;
import java.util.Optional;

/**
 * A whole data model: its enums, models and implicit many-to-many join tables, each list sorted
 * by name so the snapshot of the same model is always the same bytes.
 *
 * @param formatVersion the snapshot format, {@link #FORMAT_VERSION} when written by this version
 * @param enums the enum types, sorted by name
 * @param models the models, sorted by name
 * @param joinTables the join tables of implicit many-to-many relations, sorted by name
 */
public record Schema(int formatVersion, List<EnumType> enums, List<Model> models, List<JoinTable> joinTables) {

  /** The format version this library writes and the newest it reads. */
  public static final int FORMAT_VERSION = 1;

  /** Where the processor puts the snapshot on the class output, and the runtime finds it. */
  public static final String RESOURCE_PATH = "META-INF/quarry/schema.json";

  public Schema {
    enums = List.copyOf(enums);
    models = List.copyOf(models);
    joinTables = List.copyOf(joinTables);
  }

  /** The model of this Java simple name, if any. */
  public Optional<Model> model(String name) {
    return models.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The enum type of this Java simple name, if any. */
  public Optional<EnumType> enumType(String name) {
    return enums.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}

package dev.quarry.runtime.query;

import dev.quarry.schema.ScalarType;
import java.util.ArrayList;
import java.util.List;

/**
 * A member of a record stored as JSON, as a generated constant such as {@code Address_.CITY}:
 * its name (or path, through nested records) and the type of its values. Used with
 * {@link JsonAttribute#field} to filter rows on it.
 *
 * @param <T> the record it is a member of
 * @param <V> the Java type of its values
 * @param path the member names from the record down
 * @param type the type its values are compared as
 */
public record JsonPath<T, V>(List<String> path, ScalarType type) {

  public JsonPath {
    path = List.copyOf(path);
  }

  /** A member of record {@code T} named {@code name}. */
  public static <T, V> JsonPath<T, V> of(String name, ScalarType type) {
    return new JsonPath<>(List.of(name), type);
  }

  /** A member of the nested record this member holds: {@code Address_.GEO.then(Geo_.LAT)}. */
  public <W> JsonPath<T, W> then(JsonPath<V, W> member) {
    List<String> joined = new ArrayList<>(path);
    joined.addAll(member.path());
    return new JsonPath<>(joined, member.type());
  }
}

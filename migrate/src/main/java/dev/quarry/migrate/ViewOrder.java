package dev.quarry.migrate;

import dev.quarry.schema.Model;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The views Migrate manages (those with their query in the snapshot), in an order PostgreSQL
 * accepts: a view that reads another is created after it and dropped before it. What a view reads
 * is told by the names its query mentions, a word match: an over-cautious match only reorders or
 * recreates a view, never loses data.
 */
final class ViewOrder {

  private ViewOrder() {}

  /** The managed views of {@code models}, each after the managed views its query names; model order otherwise. */
  static List<Model> creation(Collection<Model> models) {
    List<Model> views = models.stream().filter(Model::managedView).toList();
    Set<Model> ordered = new LinkedHashSet<>();
    for (Model view : views) {
      visit(view, views, ordered, new LinkedHashSet<>());
    }
    return List.copyOf(ordered);
  }

  private static void visit(Model view, List<Model> views, Set<Model> ordered, Set<Model> path) {
    if (ordered.contains(view) || !path.add(view)) {
      return;
    }
    for (Model other : views) {
      if (other != view && reads(view, other.table())) {
        visit(other, views, ordered, path);
      }
    }
    ordered.add(view);
  }

  /** Whether the view's query names {@code table} (a table or another view), as a whole word or quoted. */
  static boolean reads(Model view, String table) {
    String sql = view.viewSql().toLowerCase(Locale.ROOT);
    String name = table.toLowerCase(Locale.ROOT);
    return Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(sql).find()
        || view.viewSql().contains("\"" + table + "\"");
  }

  /** The managed views among {@code models} that read any of {@code tables}, directly or through another such view. */
  static Set<String> reading(Collection<Model> models, Set<String> tables) {
    Set<String> touched = new LinkedHashSet<>(tables);
    Set<String> views = new LinkedHashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Model view : models) {
        if (view.managedView() && !views.contains(view.name()) && touched.stream().anyMatch(t -> reads(view, t))) {
          views.add(view.name());
          touched.add(view.table());
          grew = true;
        }
      }
    }
    return views;
  }

  /** The reverse of {@link #creation}: dependents first. */
  static List<Model> dropping(Collection<Model> models) {
    List<Model> order = new ArrayList<>(creation(models));
    java.util.Collections.reverse(order);
    return order;
  }
}

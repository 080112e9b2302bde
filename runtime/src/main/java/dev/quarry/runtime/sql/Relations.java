package dev.quarry.runtime.sql;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.RelationLink;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Table;

/** The SQL that follows a relation from a row to its related rows. */
final class Relations {

  private Relations() {}

  /** The alias of a many-to-many relation's join table next to the related table's alias. */
  static String joinAlias(String targetAlias) {
    return targetAlias + "j";
  }

  /**
   * What to select the related rows from: the related table, joined to the join table for a
   * many-to-many relation.
   */
  static Table<?> source(RelationLink link, ModelTable<?> target, String alias) {
    Table<?> related = Conditions.tableAs(target, alias);
    if (link.kind() != RelationLink.Kind.MANY_TO_MANY) {
      return related;
    }
    String join = joinAlias(alias);
    return related.join(table(name(link.joinTable())).as(join))
        .on(field(name(join, link.joinTarget())).eq(Conditions.column(alias, target.columns().get(link.targetColumns()[0]))));
  }

  /** The condition tying related rows (aliased {@code inner}) to the row aliased {@code outer}. */
  static Condition joinCondition(RelationLink link, ModelTable<?> table, String outer, ModelTable<?> target, String inner) {
    List<Condition> parts = new ArrayList<>();
    if (link.kind() == RelationLink.Kind.MANY_TO_MANY) {
      parts.add(field(name(joinAlias(inner), link.joinLocal()))
          .eq(Conditions.column(outer, table.columns().get(link.localColumns()[0]))));
    } else {
      for (int i = 0; i < link.localColumns().length; i++) {
        parts.add(Conditions.column(inner, target.columns().get(link.targetColumns()[i]))
            .eq(Conditions.column(outer, table.columns().get(link.localColumns()[i]))));
      }
    }
    return org.jooq.impl.DSL.and(parts);
  }

  /**
   * The expression of the related rows' key that matches this row's {@code localColumns}: the
   * target columns, or the join table's column for a many-to-many relation.
   */
  static List<org.jooq.Field<Object>> relatedKey(RelationLink link, ModelTable<?> target, String alias) {
    List<org.jooq.Field<Object>> key = new ArrayList<>();
    if (link.kind() == RelationLink.Kind.MANY_TO_MANY) {
      key.add(field(name(joinAlias(alias), link.joinLocal())));
    } else {
      for (int column : link.targetColumns()) {
        key.add(Conditions.column(alias, target.columns().get(column)));
      }
    }
    return key;
  }
}

package dev.quarry.importer.pull;

import dev.quarry.importer.pull.DbCatalog.Column;
import dev.quarry.importer.pull.DbCatalog.ForeignKey;
import dev.quarry.importer.pull.DbCatalog.Key;
import dev.quarry.importer.pull.DbCatalog.Table;
import dev.quarry.migrate.Catalog;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the current schema of a PostgreSQL database into a {@link DbCatalog}. */
final class CatalogReader {

  private static final String ENUMS = """
      select t.typname, e.enumlabel
      from pg_type t
      join pg_enum e on e.enumtypid = t.oid
      join pg_namespace n on n.oid = t.typnamespace
      where n.nspname = current_schema()
      order by t.typname, e.enumsortorder""";

  private static final String RELATIONS = """
      select c.relname, c.relkind, case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid) end
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm') and not (c.relname = any (?))
      order by c.relname""";

  private static final String COLUMNS = """
      select c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
             coalesce(et.typname, t.typname), coalesce(et.typtype, t.typtype) = 'e', et.oid is not null,
             a.attnotnull, a.attidentity <> '', pg_get_expr(d.adbin, d.adrelid)
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      join pg_namespace n on n.oid = c.relnamespace
      join pg_type t on t.oid = a.atttypid
      left join pg_type et on et.oid = t.typelem and t.typcategory = 'A'
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm') and a.attnum > 0 and not a.attisdropped
      order by c.relname, a.attnum""";

  private static final String CONSTRAINTS = """
      select c.relname, con.conname, con.contype,
             array(select a.attname from unnest(con.conkey) with ordinality k(num, ord)
                   join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.ord),
             rc.relname,
             array(select a.attname from unnest(con.confkey) with ordinality k(num, ord)
                   join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.ord),
             con.confdeltype, con.confupdtype, pg_get_constraintdef(con.oid)
      from pg_constraint con
      join pg_class c on c.oid = con.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      left join pg_class rc on rc.oid = con.confrelid
      where n.nspname = current_schema()
      order by c.relname, con.conname""";

  private static final String INDEXES = """
      select c.relname, ic.relname, i.indisunique, am.amname,
             i.indexprs is not null or i.indpred is not null,
             array(select a.attname from unnest(i.indkey) with ordinality k(num, ord)
                   join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.num order by k.ord),
             array(select (o.opt & 1) = 1 from unnest(i.indoption) with ordinality o(opt, ord) order by o.ord),
             pg_get_indexdef(i.indexrelid)
      from pg_index i
      join pg_class ic on ic.oid = i.indexrelid
      join pg_class c on c.oid = i.indrelid
      join pg_am am on am.oid = ic.relam
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema()
        and not exists (select 1 from pg_constraint con where con.conindid = i.indexrelid and con.contype in ('p', 'u', 'x'))
      order by c.relname, ic.relname""";

  private CatalogReader() {}

  static DbCatalog read(Connection connection) throws SQLException {
    Map<String, List<String>> enums = new TreeMap<>();
    try (PreparedStatement statement = connection.prepareStatement(ENUMS); ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        enums.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    Map<String, Builder> tables = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(RELATIONS)) {
      statement.setArray(1, connection.createArrayOf("text", Catalog.HISTORY_TABLES.toArray()));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          String kind = rs.getString(2);
          Builder builder = new Builder(rs.getString(1), kind.equals("v") || kind.equals("m"));
          builder.viewSql = rs.getString(3) == null ? null : rs.getString(3).strip();
          builder.materialized = kind.equals("m");
          tables.put(rs.getString(1), builder);
        }
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(COLUMNS); ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        Builder table = tables.get(rs.getString(1));
        if (table != null) {
          table.columns.add(new Column(rs.getString(2), rs.getString(4), rs.getString(3), rs.getBoolean(5), rs.getBoolean(6),
              rs.getBoolean(7), rs.getBoolean(8), rs.getString(9)));
        }
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(CONSTRAINTS); ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        Builder table = tables.get(rs.getString(1));
        if (table == null) {
          continue;
        }
        String name = rs.getString(2);
        List<String> columns = strings(rs.getArray(4));
        List<Boolean> ascending = columns.stream().map(c -> false).toList();
        switch (rs.getString(3)) {
          case "p" -> table.primaryKey = new Key(name, columns, ascending, true);
          case "u" -> table.uniques.add(new Key(name, columns, ascending, true));
          case "f" -> table.foreignKeys.add(new ForeignKey(name, columns, rs.getString(5), strings(rs.getArray(6)),
              rs.getString(7).charAt(0), rs.getString(8).charAt(0)));
          default -> table.leftOut.add("constraint " + name + ": " + rs.getString(9));
        }
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(INDEXES); ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        Builder table = tables.get(rs.getString(1));
        if (table == null) {
          continue;
        }
        String name = rs.getString(2);
        if (!rs.getString(4).equals("btree") || rs.getBoolean(5)) {
          table.leftOut.add("index " + name + ": " + rs.getString(8));
          continue;
        }
        Object[] descending = (Object[]) rs.getArray(7).getArray();
        Key key = new Key(name, strings(rs.getArray(6)), Arrays.stream(descending).map(Boolean.class::cast).toList(), false);
        (rs.getBoolean(3) ? table.uniques : table.indexes).add(key);
      }
    }
    Map<String, Table> built = new LinkedHashMap<>();
    tables.forEach((name, builder) -> built.put(name, builder.build()));
    return new DbCatalog(enums, built);
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
  }

  private static final class Builder {
    final String name;
    final boolean view;
    final List<Column> columns = new ArrayList<>();
    Key primaryKey;
    final List<Key> uniques = new ArrayList<>();
    final List<Key> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<String> leftOut = new ArrayList<>();
    String viewSql;
    boolean materialized;

    Builder(String name, boolean view) {
      this.name = name;
      this.view = view;
    }

    Table build() {
      return new Table(name, view, viewSql, materialized, columns, primaryKey, uniques, indexes, foreignKeys, leftOut);
    }
  }
}

package dev.quarry.runtime.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * SQL rendered for one query shape: {@code ?} placeholders, and for each placeholder the index of
 * the value (in the order the builder collected them) it takes. Builders name parameters by that
 * index ({@code :qp3}), so the order jOOQ renders them in never matters.
 *
 * @param sql the SQL with {@code ?} placeholders
 * @param slots for each placeholder, the index of its value
 * @param inSlotOrder whether placeholder {@code i} takes value {@code i} for every {@code i} (the
 *     common case, where the values need no reordering)
 */
record RenderedSql(String sql, int[] slots, boolean inSlotOrder) {

  private static final Pattern NAMED = Pattern.compile(":qp(\\d+)");

  /** Turns SQL with named {@code :qpN} parameters into placeholders and slots. */
  static RenderedSql fromNamed(String named) {
    StringBuilder sql = new StringBuilder(named.length());
    List<Integer> slots = new ArrayList<>();
    int i = 0;
    while (i < named.length()) {
      char c = named.charAt(i);
      if (c == '"' || c == '\'') {
        int end = named.indexOf(c, i + 1);
        // Quoted identifiers and literals are copied whole: a ":qp1" inside them is not a parameter.
        while (end > 0 && end + 1 < named.length() && named.charAt(end + 1) == c) {
          end = named.indexOf(c, end + 2);
        }
        end = end < 0 ? named.length() - 1 : end;
        sql.append(named, i, end + 1);
        i = end + 1;
        continue;
      }
      Matcher m = NAMED.matcher(named).region(i, named.length());
      if (c == ':' && m.lookingAt()) {
        slots.add(Integer.parseInt(m.group(1)));
        sql.append('?');
        i = m.end();
        continue;
      }
      sql.append(c);
      i++;
    }
    int[] order = slots.stream().mapToInt(Integer::intValue).toArray();
    return new RenderedSql(sql.toString(), order, IntStream.range(0, order.length).allMatch(n -> order[n] == n));
  }

  /** The statement for these values, collected in slot order. */
  Prepared bind(List<Bind> values) {
    if (inSlotOrder && slots.length == values.size()) {
      return new Prepared(sql, values);
    }
    List<Bind> ordered = new ArrayList<>(slots.length);
    for (int slot : slots) {
      ordered.add(values.get(slot));
    }
    return new Prepared(sql, ordered);
  }
}

package dev.quarry.studio;

import dev.quarry.runtime.event.QueryEvent;
import dev.quarry.runtime.event.QueryListener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The last statements Studio ran, with their parameters and durations, for its console pane. */
final class SqlLog implements QueryListener {

  private static final int KEEP = 200;

  private final Deque<Map<String, Object>> entries = new ArrayDeque<>();
  private long sequence;

  @Override
  public synchronized void onQuery(QueryEvent event) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", ++sequence);
    entry.put("sql", event.sql());
    entry.put("parameters", event.parameters().stream().map(String::valueOf).toList());
    entry.put("micros", event.duration().toNanos() / 1000);
    entry.put("rows", event.rows());
    entries.addLast(entry);
    if (entries.size() > KEEP) {
      entries.removeFirst();
    }
  }

  /** The entries after {@code after}, oldest first. */
  synchronized List<Map<String, Object>> since(long after) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Map<String, Object> entry : entries) {
      if ((Long) entry.get("id") > after) {
        list.add(entry);
      }
    }
    return list;
  }
}

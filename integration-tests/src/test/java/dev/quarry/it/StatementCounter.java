package dev.quarry.it;

import dev.quarry.runtime.event.QueryEvent;
import dev.quarry.runtime.event.QueryListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the statements a database runs, to count round trips. */
final class StatementCounter implements QueryListener {

  private final List<QueryEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void onQuery(QueryEvent event) {
    events.add(event);
  }

  int count() {
    return events.size();
  }

  List<QueryEvent> events() {
    return List.copyOf(events);
  }

  void reset() {
    events.clear();
  }
}

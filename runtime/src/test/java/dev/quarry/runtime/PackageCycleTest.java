package dev.quarry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The runtime's packages form layers: the client ({@code dev.quarry.runtime}) over {@code sql} and
 * {@code jdbc}, over the {@code query} model and the {@code meta} descriptions generated code
 * gives, with {@code error}, {@code transaction} and {@code event} at the bottom. Read from the compiled classes by {@code jdeps}, so a
 * fully qualified reference counts too.
 */
class PackageCycleTest {

  private static final Pattern EDGE = Pattern.compile("^\\s+(dev\\.quarry\\.runtime[\\w.]*)\\s+->\\s+(dev\\.quarry\\.runtime[\\w.]*)\\s", Pattern.MULTILINE);

  @Test
  void noPackageDependsOnItselfThroughAnother() {
    Map<String, Set<String>> graph = dependencies();
    assertTrue(graph.containsKey("dev.quarry.runtime") && graph.containsKey("dev.quarry.runtime.sql"), graph.toString());

    List<String> cycles = new ArrayList<>();
    for (String start : graph.keySet()) {
      Deque<List<String>> paths = new ArrayDeque<>(List.of(List.of(start)));
      Set<String> visited = new TreeSet<>();
      while (!paths.isEmpty()) {
        List<String> path = paths.pop();
        for (String next : graph.getOrDefault(path.get(path.size() - 1), Set.of())) {
          if (next.equals(start)) {
            List<String> cycle = new ArrayList<>(path);
            cycle.add(start);
            cycles.add(String.join(" -> ", cycle));
          } else if (visited.add(next)) {
            List<String> longer = new ArrayList<>(path);
            longer.add(next);
            paths.push(longer);
          }
        }
      }
    }
    assertEquals(List.of(), cycles, "package dependencies:\n" + graph);
  }

  @Test
  void theLowerLayersNeverReachTheClient() {
    Map<String, Set<String>> graph = dependencies();
    for (String lower : List.of("sql", "jdbc", "query", "meta", "error", "transaction", "event", "config")) {
      Set<String> uses = graph.getOrDefault("dev.quarry.runtime." + lower, Set.of());
      assertTrue(!uses.contains("dev.quarry.runtime"), lower + " uses " + uses);
    }
  }

  private static Map<String, Set<String>> dependencies() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int code = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none", "--ignore-missing-deps",
        "--multi-release", "17", "--module-path", PublicApiTest.dependencies(),
        Path.of("target", "classes").toString());
    assertEquals(0, code, out.toString());
    Map<String, Set<String>> graph = new TreeMap<>();
    Matcher edge = EDGE.matcher(out.toString());
    while (edge.find()) {
      if (!edge.group(1).equals(edge.group(2))) {
        graph.computeIfAbsent(edge.group(1), k -> new TreeSet<>()).add(edge.group(2));
      }
    }
    return graph;
  }
}

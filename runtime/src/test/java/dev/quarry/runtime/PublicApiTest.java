package dev.quarry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user of the runtime sees: the module exports the client, the query model, what generated
 * code needs and the exceptions, never the engine (SQL rendering and JDBC); its Javadoc, made from
 * the module, documents those packages alone and has no broken reference.
 */
class PublicApiTest {

  private static final Set<String> EXPORTED = Set.of("dev.quarry.runtime", "dev.quarry.runtime.config",
      "dev.quarry.runtime.error", "dev.quarry.runtime.event", "dev.quarry.runtime.meta", "dev.quarry.runtime.query",
      "dev.quarry.runtime.transaction");

  @Test
  void theModuleExportsTheClientAndNotTheEngine() throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }

    assertEquals("dev.quarry.runtime", module.name());
    Set<String> exported = module.exports().stream().map(e -> {
      assertFalse(e.isQualified(), e + " is exported to named modules only");
      return e.source();
    }).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(EXPORTED), exported);
  }

  @Test
  void theJavadocDocumentsTheExportedPackagesOnly(@TempDir Path out) throws IOException {
    StringWriter log = new StringWriter();
    int code = ToolProvider.findFirst("javadoc").orElseThrow().run(new PrintWriter(log), new PrintWriter(log),
        "-quiet", "-Xdoclint:reference", "-d", out.toString(), "--module-path", dependencies(),
        "--module-source-path", "dev.quarry.runtime=" + Path.of("src", "main", "java"), "--module", "dev.quarry.runtime");
    assertEquals(0, code, log.toString());

    Path root = out.resolve("dev.quarry.runtime");
    Set<String> documented;
    try (Stream<Path> files = Files.walk(root)) {
      documented = files.filter(file -> file.getFileName().toString().equals("package-summary.html"))
          .map(file -> root.relativize(file.getParent()).toString().replace(File.separatorChar, '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(new TreeSet<>(EXPORTED), documented);
    assertTrue(Files.exists(root.resolve(Path.of("dev", "quarry", "runtime", "Database.html"))));
  }

  /** The module path of the runtime's dependencies: the jars of the test class path and the schema module's classes. */
  static String dependencies() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> entry.endsWith(".jar") || Files.exists(Path.of(entry, "module-info.class")))
        .filter(entry -> !Path.of(entry).equals(Path.of("target", "classes").toAbsolutePath()))
        .collect(Collectors.joining(File.pathSeparator));
  }
}

package dev.quarry.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.schema.Schema;
import dev.quarry.testing.Goldens;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor works with plain {@code javac}: no build tool; the processor, the annotations,
 * the schema module, JavaPoet and Jackson on {@code -processorpath}; the runtime on
 * {@code -classpath}, for the generated code.
 */
class JavacCommandLineTest {

  @TempDir Path work;

  private record Result(int exitCode, String output) {}

  /** The class-path entries of one kind, as a user would list them. */
  private static String pathOf(String... fragments) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> Arrays.stream(fragments).anyMatch(f -> entry.replace('\\', '/').contains(f)))
        .reduce((a, b) -> a + File.pathSeparator + b)
        .orElseThrow();
  }

  private Result javac(Path out, Path... sources) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-processorpath", pathOf("processor/target/classes", "quarry-schema", "schema/target/classes", "quarry-annotations", "annotations/target/classes", "jackson", "javapoet"),
        "-classpath", System.getProperty("java.class.path"),
        "-d", out.toString()));
    Arrays.stream(sources).map(Path::toString).forEach(command::add);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "javac did not finish");
    return new Result(process.exitValue(), output);
  }

  private Path copyModel(String set, String name) throws IOException {
    Path target = work.resolve("src").resolve(set).resolve(name + ".java");
    Files.createDirectories(target.getParent());
    try (InputStream in = getClass().getResourceAsStream("/models/" + set + "/" + name + ".java")) {
      Files.copy(in, target);
    }
    return target;
  }

  @Test
  void writesTheSnapshotNextToTheClasses() throws Exception {
    Path out = Files.createDirectories(work.resolve("classes"));

    Result result = javac(out, copyModel("blog", "User"), copyModel("blog", "Post"));

    assertEquals(0, result.exitCode(), result.output());
    Path snapshot = out.resolve(Schema.RESOURCE_PATH);
    assertTrue(Files.exists(snapshot), "no snapshot in " + out);
    Goldens.assertMatches("blog.schema.json", Files.readString(snapshot, StandardCharsets.UTF_8));
    assertTrue(Files.exists(out.resolve("blog/User.class")));
  }

  @Test
  void anInvalidModelFailsTheBuildWithTheErrorOnItsLineAndWritesNoSnapshot() throws Exception {
    Path out = Files.createDirectories(work.resolve("classes"));
    Path source = Files.createDirectories(work.resolve("src/bad")).resolve("Note.java");
    Files.writeString(source, "package bad;\n\n@dev.quarry.annotations.Model\nrecord Note(String text) {}\n");

    Result result = javac(out, source);

    assertNotEquals(0, result.exitCode());
    assertTrue(result.output().contains("Note.java:4: error: [Quarry-NO_ID] Model Note has no id."), result.output());
    assertFalse(Files.exists(out.resolve(Schema.RESOURCE_PATH)));
  }
}

package dev.quarry.importer.source;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.importer.ExistingFiles;
import dev.quarry.importer.FilesInTheWayException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Writes {@link JavaSources} as {@code .java} files under a source root, one per type. */
public final class SourceWriter {

  private static final String INDENT = "  ";

  private static final Pattern MULTILINE_ANNOTATION = Pattern.compile("(?m)^(@\\w+)\\(\\n((?:  .*\\n)+)\\)\\n");
  private static final Pattern RECORD_HEADER = Pattern.compile("public record \\w+\\(");

  private SourceWriter() {}

  /** The files {@link #write} writes for {@code sources}, {@code package-info.java} first. */
  private static List<Path> files(JavaSources sources, Path sourceRoot) {
    Path folder = sourceRoot.resolve(sources.packageName().replace('.', '/'));
    List<Path> files = new ArrayList<>();
    files.add(folder.resolve("package-info.java"));
    sources.enums().forEach(e -> files.add(folder.resolve(e.name() + ".java")));
    sources.records().forEach(r -> files.add(folder.resolve(r.name() + ".java")));
    return files;
  }

  /**
   * Writes every file of {@code sources} under {@code sourceRoot}; returns the files, in order.
   *
   * @throws FilesInTheWayException when a file is already there and {@code existing} is {@link ExistingFiles#REFUSE}
   */
  public static List<Path> write(JavaSources sources, Path sourceRoot, ExistingFiles existing) {
    List<Path> inTheWay = files(sources, sourceRoot).stream().filter(Files::exists).toList();
    if (existing == ExistingFiles.REFUSE && !inTheWay.isEmpty()) {
      throw new FilesInTheWayException(inTheWay);
    }
    List<Path> written = new ArrayList<>();
    try {
      written.add(writePackageInfo(sources, sourceRoot));
      for (JavaEnum e : sources.enums()) {
        written.add(writeFile(sources.packageName(), enumType(e), sourceRoot));
      }
      for (JavaRecord r : sources.records()) {
        written.add(writeFile(sources.packageName(), record(r), sourceRoot));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the imported sources under " + sourceRoot + ": " + e.getMessage(), e);
    }
    return written;
  }

  private static TypeSpec record(JavaRecord r) {
    TypeSpec.Builder type = TypeSpec.recordBuilder(r.name()).addModifiers(Modifier.PUBLIC);
    CodeBlock.Builder doc = CodeBlock.builder();
    r.doc().forEach(line -> doc.add("$L\n", line));
    if (!r.notes().isEmpty()) {
      if (!r.doc().isEmpty()) {
        doc.add("\n");
      }
      doc.add("<p>Not imported:\n<ul>\n");
      r.notes().forEach(note -> doc.add("  <li>$L\n", note));
      doc.add("</ul>\n");
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    boolean params = false;
    for (Component c : r.components()) {
      constructor.addParameter(ParameterSpec.builder(c.type(), c.name()).addAnnotations(c.annotations()).build());
      if (!c.doc().isEmpty()) {
        doc.add((params || doc.isEmpty() ? "" : "\n") + "@param $L $L\n", c.name(), String.join(" ", c.doc()));
        params = true;
      }
    }
    CodeBlock javadoc = doc.build();
    if (!javadoc.isEmpty()) {
      type.addJavadoc(javadoc);
    }
    r.annotations().forEach(type::addAnnotation);
    return type.recordConstructor(constructor.build()).build();
  }

  private static TypeSpec enumType(JavaEnum e) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(e.name()).addModifiers(Modifier.PUBLIC);
    if (!e.doc().isEmpty()) {
      type.addJavadoc(String.join("\n", e.doc()) + "\n");
    }
    e.annotations().forEach(type::addAnnotation);
    for (JavaEnum.Constant constant : e.constants()) {
      TypeSpec.Builder body = TypeSpec.anonymousClassBuilder("");
      if (!constant.doc().isEmpty()) {
        body.addJavadoc(String.join("\n", constant.doc()) + "\n");
      }
      if (constant.label() != null) {
        body.addAnnotation(AnnotationSpec.builder(dev.quarry.annotations.Map.class).addMember("value", "$S", constant.label()).build());
      }
      type.addEnumConstant(constant.name(), body.build());
    }
    return type.build();
  }

  private static Path writeFile(String packageName, TypeSpec type, Path sourceRoot) throws IOException {
    JavaFile file = javaFile(packageName, type);
    Path path = file.writeToPath(sourceRoot, StandardCharsets.UTF_8);
    // One component per line reads like hand-written records; JavaPoet puts them on one.
    Files.writeString(path, oneComponentPerLine(annotationsOnOneLine(Files.readString(path))), StandardCharsets.UTF_8);
    return path;
  }

  private static JavaFile javaFile(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).indent(INDENT).skipJavaLangImports(true).build();
  }

  /** Writes a type's annotations on one line each, as {@code @Id(fields = {"a", "b"}, name = "x")}. */
  static String annotationsOnOneLine(String source) {
    Matcher annotation = MULTILINE_ANNOTATION.matcher(source);
    StringBuilder out = new StringBuilder();
    while (annotation.find()) {
      String members = annotation.group(2).strip().replaceAll(",\\n\\s*", ", ");
      annotation.appendReplacement(out, Matcher.quoteReplacement(annotation.group(1) + "(" + members + ")\n"));
    }
    annotation.appendTail(out);
    return out.toString();
  }

  /** Puts a record's components one to a line, as people write them, and closes an empty body on its line. */
  static String oneComponentPerLine(String source) {
    Matcher header = RECORD_HEADER.matcher(source);
    if (!header.find()) {
      return source;
    }
    int open = header.end();
    List<String> components = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    int i = open;
    for (; i < source.length(); i++) {
      char c = source.charAt(i);
      if (quoted) {
        current.append(c);
        if (c == '\\') {
          current.append(source.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        }
        continue;
      }
      if (c == ')' && depth == 0) {
        break;
      }
      switch (c) {
        case '"' -> quoted = true;
        case '(', '{', '<' -> depth++;
        case ')', '}', '>' -> depth--;
        default -> { }
      }
      if (c == ',' && depth == 0) {
        components.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.isEmpty()) {
      components.add(current.toString());
    }
    String body = source.substring(i + 1).replaceFirst("^ \\{\\n}", " {}");
    String joined = components.stream()
        .map(part -> part.replaceAll("\\s*\\n\\s*", " ").strip())
        .map(part -> "\n" + INDENT + INDENT + part)
        .collect(Collectors.joining(","));
    return source.substring(0, open) + joined + ")" + body;
  }

  private static Path writePackageInfo(JavaSources sources, Path sourceRoot) throws IOException {
    Path folder = sourceRoot.resolve(sources.packageName().replace('.', '/'));
    Files.createDirectories(folder);
    String text = "/** " + sources.packageDoc() + " */\n"
        + (sources.verbatim() ? "@Naming(NamingStyle.VERBATIM)\n" : "")
        + "package " + sources.packageName() + ";\n"
        + (sources.verbatim() ? "\nimport dev.quarry.annotations.Naming;\nimport dev.quarry.annotations.NamingStyle;\n" : "");
    Path path = folder.resolve("package-info.java");
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path;
  }
}

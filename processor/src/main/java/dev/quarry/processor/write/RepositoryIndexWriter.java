package dev.quarry.processor.write;

import com.palantir.javapoet.ClassName;
import dev.quarry.processor.model.ModelDecl;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@value #RESOURCE_PATH}: the generated classes a container registers as beans (every
 * repository and the client), one binary name a line, sorted. Each has one public constructor
 * taking the {@code Database}, so a container needs the names, not a class-path scan.
 */
final class RepositoryIndexWriter {

  /** Where the index goes on the class output. */
  static final String RESOURCE_PATH = "META-INF/quarry/repositories";

  private final Filer filer;

  RepositoryIndexWriter(Filer filer) {
    this.filer = filer;
  }

  void write(List<ModelDecl> models, ClassName client) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    for (ModelDecl model : models) {
      names.add(RepositoryWriter.repositoryName(ClassName.get(model.element())).reflectionName());
    }
    names.add(client.reflectionName());
    Element[] origins = models.stream().map(ModelDecl::element).toArray(Element[]::new);
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE_PATH, origins);
    try (Writer out = file.openWriter()) {
      for (String name : names) {
        out.write(name);
        out.write('\n');
      }
    }
  }
}

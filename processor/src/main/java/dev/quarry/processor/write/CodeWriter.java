package dev.quarry.processor.write;

import com.palantir.javapoet.JavaFile;
import dev.quarry.processor.model.ModelDecl;
import dev.quarry.schema.Model;
import dev.quarry.schema.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;

/**
 * Writes the Java sources of a valid schema: per model its metamodel ({@code User_}) and
 * repository ({@code UserRepository}), one {@code QuarryClient}, and the index of them a
 * container reads ({@code META-INF/quarry/repositories}).
 */
public final class CodeWriter {

  private final Filer filer;
  private final boolean inject;

  /** A writer to {@code filer}; {@code inject} adds {@code @jakarta.inject.Inject} to constructors. */
  public CodeWriter(Filer filer, boolean inject) {
    this.filer = filer;
    this.inject = inject;
  }

  /** Writes every source for these models. */
  public void write(Schema schema, List<ModelDecl> models) throws IOException {
    List<JavaFile> files = new ArrayList<>();
    for (ModelDecl decl : models) {
      Model model = schema.model(decl.name()).orElseThrow();
      files.add(new MetamodelWriter(schema, model, decl).write());
      files.add(new RepositoryWriter(decl, inject).write());
    }
    if (!models.isEmpty()) {
      files.add(new ClientWriter(models, inject).write());
    }
    for (JavaFile file : files) {
      file.writeTo(filer);
    }
    if (!models.isEmpty()) {
      new RepositoryIndexWriter(filer).write(models);
    }
  }
}

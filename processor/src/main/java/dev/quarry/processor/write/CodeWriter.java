package dev.quarry.processor.write;

import dev.quarry.processor.model.FieldDecl;
import dev.quarry.processor.parse.JsonRecords;
import java.util.HashSet;
import java.util.Set;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.quarry.processor.model.ModelDecl;
import dev.quarry.schema.Model;
import dev.quarry.schema.Schema;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes the Java sources of a valid schema: per model its metamodel ({@code User_}) and
 * repository ({@code UserRepository}), one {@code QuarryClient}, and, once every model is known,
 * the index of them a container reads ({@code META-INF/quarry/repositories}).
 */
public final class CodeWriter {

  private final Filer filer;
  private final Elements elements;
  private final boolean inject;
  private final JsonRecords jsonRecords = new JsonRecords();
  /** The records stored as JSON whose {@code Address_} is written, by canonical name: each once per compilation. */
  private final Set<String> writtenJson = new HashSet<>();

  /**
   * A writer to {@code filer}, naming the types the schema refers to from {@code elements};
   * {@code inject} adds {@code @jakarta.inject.Inject} to constructors.
   */
  public CodeWriter(Filer filer, Elements elements, boolean inject) {
    this.filer = filer;
    this.elements = elements;
    this.inject = inject;
  }

  /** The class of a canonical name, from its element (a guess from the name would misread {@code a.b.lower}). */
  private ClassName className(String canonicalName) {
    TypeElement element = elements.getTypeElement(canonicalName);
    return element != null ? ClassName.get(element) : ClassName.bestGuess(canonicalName);
  }

  /**
   * Writes the sources of these models, the first ones Quarry sees: per model its metamodel and
   * repository, and the {@code QuarryClient} over them; returns the client's name.
   */
  public ClassName write(Schema schema, List<ModelDecl> models) throws IOException {
    writeModels(schema, models);
    JavaFile client = new ClientWriter(models, inject).write();
    client.writeTo(filer);
    return ClassName.get(client.packageName(), client.typeSpec().name());
  }

  /** Writes the metamodel and repository of each of these models (for a model that appears after the client was written). */
  public void writeModels(Schema schema, List<ModelDecl> models) throws IOException {
    for (ModelDecl decl : models) {
      Model model = schema.model(decl.name()).orElseThrow();
      new MetamodelWriter(schema, model, decl, this::className).write().writeTo(filer);
      new RepositoryWriter(decl, inject).write().writeTo(filer);
      for (FieldDecl field : decl.fields()) {
        if (field.type().jsonRecord()) {
          writeJsonRecord(field.type().element());
        }
      }
    }
  }

  /** Writes {@code Address_} for a record stored as JSON, and for the records nested in it. */
  private void writeJsonRecord(TypeElement record) throws IOException {
    if (!writtenJson.add(record.getQualifiedName().toString())) {
      return;
    }
    new JsonRecordWriter(record, jsonRecords).write().writeTo(filer);
    for (JsonRecords.Member member : jsonRecords.members(record)) {
      if (member.type().jsonRecord()) {
        writeJsonRecord(member.type().element());
      }
    }
  }

  /** Writes the index a container reads: the repositories of these models and {@code client}. */
  public void writeIndex(List<ModelDecl> models, ClassName client) throws IOException {
    new RepositoryIndexWriter(filer).write(models, client);
  }
}

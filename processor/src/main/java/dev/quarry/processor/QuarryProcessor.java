package dev.quarry.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.View;
import dev.quarry.processor.model.FieldDecl;
import dev.quarry.processor.model.ModelDecl;
import dev.quarry.processor.model.TypeShape;
import dev.quarry.processor.parse.ModelParser;
import dev.quarry.processor.validate.Diagnostics;
import dev.quarry.processor.validate.Message;
import dev.quarry.processor.validate.SchemaValidator;
import dev.quarry.processor.write.CodeWriter;
import dev.quarry.processor.write.SnapshotWriter;
import dev.quarry.schema.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds {@code @Model} and {@code @View} records, validates them together, and writes the typed
 * client (metamodels, repositories, {@code QuarryClient}) and the schema snapshot.
 *
 * <p>Models are collected by name across rounds. A model whose component types do not exist yet
 * (another processor may generate them) waits for a later round; the set is validated once nothing
 * waits, and the snapshot, which aggregates every model, is written in the final round.
 *
 * <p>Options: {@code -Aquarry.verbose=true} prints a note for each model with its table;
 * {@code -Aquarry.inject=true|false} forces or suppresses {@code @jakarta.inject.Inject} on
 * generated constructors.
 */
@AutoService(Processor.class)
public final class QuarryProcessor extends AbstractProcessor {

  /** Prints a note per model when {@code true}. */
  public static final String OPTION_VERBOSE = "quarry.verbose";

  /**
   * {@code true} or {@code false} forces {@code @jakarta.inject.Inject} on generated constructors;
   * by default it is added when {@code jakarta.inject} is on the compile class path.
   */
  public static final String OPTION_INJECT = "quarry.inject";

  private final Set<String> modelNames = new TreeSet<>();
  private boolean validatedCurrentSet;
  /** The models whose metamodel and repository are written, by qualified name. */
  private final Set<String> written = new TreeSet<>();
  /** The declarations written, for the index; the client's name once it is written. */
  private final List<ModelDecl> writtenModels = new ArrayList<>();
  private ClassName client;
  private Schema schema;
  private Diagnostics diagnostics;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // All of Quarry's annotations, and the @Generated on the code it writes, so that none is
    // reported as unclaimed under -Xlint:processing in a user's build.
    return Set.of("dev.quarry.annotations.*", "javax.annotation.processing.Generated");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION_VERBOSE, OPTION_INJECT);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (diagnostics == null) {
      diagnostics = new Diagnostics(processingEnv.getMessager());
    }
    for (Element element : round.getElementsAnnotatedWithAny(Set.of(Model.class, View.class))) {
      if (element instanceof TypeElement type && modelNames.add(type.getQualifiedName().toString())) {
        validatedCurrentSet = false;
      }
    }
    String step = "the models";
    try {
      if (!validatedCurrentSet) {
        validate(round.processingOver());
      }
      step = "the schema snapshot";
      if (round.processingOver() && schema != null && !schema.models().isEmpty()) {
        new SnapshotWriter(processingEnv.getFiler()).write(schema, modelElements().toArray(Element[]::new));
        if (client != null) {
          step = "the repository index";
          new CodeWriter(processingEnv.getFiler(), processingEnv.getElementUtils(), injectAvailable()).writeIndex(writtenModels, client);
        }
      }
    } catch (IOException | RuntimeException e) {
      reportCrash(step, e);
    }
    return true;
  }

  /** A failure of Quarry itself: reported on a model with its cause and stack, so it can be reported and fixed. */
  private void reportCrash(String step, Exception e) {
    Element at = modelElements().stream().findFirst().orElse(null);
    java.io.StringWriter trace = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(trace));
    processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
        Message.PROCESSOR_ERROR.format(step, e) + "\n" + trace, at);
  }

  private void validate(boolean finalRound) {
    List<ModelDecl> models = new ArrayList<>();
    ModelParser parser = new ModelParser();
    for (TypeElement element : modelElements()) {
      ModelDecl model = parser.parse(element);
      if (!finalRound && waitsForGeneratedTypes(model)) {
        return;
      }
      models.add(model);
    }
    validatedCurrentSet = true;
    Optional<Schema> result = new SchemaValidator(diagnostics).validate(models);
    schema = result.orElse(null);
    if (schema != null && !finalRound) {
      List<ModelDecl> fresh = models.stream().filter(m -> !written.contains(m.element().getQualifiedName().toString()))
          .sorted(java.util.Comparator.comparing(ModelDecl::name)).toList();
      try {
        writeCode(fresh);
      } catch (IOException e) {
        reportCrash("the generated sources", e);
      }
    }
    if (Boolean.parseBoolean(processingEnv.getOptions().get(OPTION_VERBOSE)) && schema != null) {
      for (ModelDecl model : models) {
        schema.model(model.name()).ifPresent(m -> diagnostics.note(model.element(),
            "Quarry model " + m.name() + " → table \"" + m.table() + "\" with " + m.fields().size() + " columns"));
      }
    }
  }

  /**
   * Writes the sources of models not written yet. The first ones get the client too; a model
   * another processor generates after that gets its metamodel and repository, but the client,
   * already written, cannot gain an accessor for it: a warning says so and what to use instead.
   */
  private void writeCode(List<ModelDecl> fresh) throws IOException {
    if (fresh.isEmpty()) {
      return;
    }
    CodeWriter writer = new CodeWriter(processingEnv.getFiler(), processingEnv.getElementUtils(), injectAvailable());
    if (client == null) {
      client = writer.write(schema, fresh);
    } else {
      writer.writeModels(schema, fresh);
      for (ModelDecl model : fresh) {
        diagnostics.warning(model.element(), Message.LATE_MODEL, model.name(), client.simpleName(), model.name(),
            model.name());
      }
    }
    fresh.forEach(m -> written.add(m.element().getQualifiedName().toString()));
    writtenModels.addAll(fresh);
  }

  /** Generated constructors carry {@code @jakarta.inject.Inject} when the annotation is on the class path. */
  private boolean injectAvailable() {
    String option = processingEnv.getOptions().get(OPTION_INJECT);
    if (option != null) {
      return Boolean.parseBoolean(option);
    }
    return processingEnv.getElementUtils().getTypeElement("jakarta.inject.Inject") != null;
  }

  /** A component type that does not resolve yet may be generated by another processor. */
  private static boolean waitsForGeneratedTypes(ModelDecl model) {
    return model.fields().stream().map(FieldDecl::type).anyMatch(t -> t.kind() == TypeShape.Kind.UNRESOLVED);
  }

  private List<TypeElement> modelElements() {
    List<TypeElement> elements = new ArrayList<>();
    for (String name : modelNames) {
      TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
      if (element != null) {
        elements.add(element);
      }
    }
    return elements;
  }
}

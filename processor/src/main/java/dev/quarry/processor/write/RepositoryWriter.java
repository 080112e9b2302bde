package dev.quarry.processor.write;

import static dev.quarry.processor.write.RuntimeTypes.DATABASE;
import static dev.quarry.processor.write.RuntimeTypes.INJECT;
import static dev.quarry.processor.write.RuntimeTypes.MATERIALIZED_VIEW_REPOSITORY;
import static dev.quarry.processor.write.RuntimeTypes.READ_REPOSITORY;
import static dev.quarry.processor.write.RuntimeTypes.REPOSITORY;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.processor.model.ModelDecl;
import javax.lang.model.element.Modifier;

/** Writes {@code UserRepository}: the typed repository of one model. */
final class RepositoryWriter {

  private final ModelDecl decl;
  private final boolean inject;

  RepositoryWriter(ModelDecl decl, boolean inject) {
    this.decl = decl;
    this.inject = inject;
  }

  static ClassName repositoryName(ClassName model) {
    return ClassName.get(model.packageName(), String.join("", model.simpleNames()) + "Repository");
  }

  JavaFile write() {
    ClassName model = ClassName.get(decl.element());
    ClassName metamodel = MetamodelWriter.metamodelName(model);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A repository of {@link $T} rows in {@code database}.\n", model)
        .addParameter(DATABASE, "database")
        .addStatement("super(database, $T.TABLE)", metamodel);
    if (inject) {
      constructor.addAnnotation(INJECT);
    }
    // A view's repository has no write methods; a materialized one can be refreshed.
    ClassName base = !decl.view() ? REPOSITORY : decl.materialized() ? MATERIALIZED_VIEW_REPOSITORY : READ_REPOSITORY;
    String does = !decl.view() ? "Reads and writes {@link $T} rows: find, create, update, upsert, delete, count, aggregate.\n"
        : decl.materialized() ? "Reads {@link $T} rows of a materialized view (find, count, aggregate) and refreshes it.\n"
        : "Reads {@link $T} rows of a view: find, count, aggregate.\n";
    TypeSpec type = TypeSpec.classBuilder(repositoryName(model))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(MetamodelWriter.generated())
        .addJavadoc(does + "Build filters and orderings from {@link $T}.\n", model, metamodel)
        .superclass(ParameterizedTypeName.get(base, model))
        .addOriginatingElement(decl.element())
        .addMethod(constructor.build())
        .build();
    return JavaFile.builder(model.packageName(), type).skipJavaLangImports(true).indent("  ").build();
  }
}

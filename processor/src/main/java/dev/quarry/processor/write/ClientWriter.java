package dev.quarry.processor.write;

import static dev.quarry.processor.write.RuntimeTypes.DATABASE;
import static dev.quarry.processor.write.RuntimeTypes.INJECT;
import static dev.quarry.processor.write.RuntimeTypes.TRANSACTION_BODY;
import static dev.quarry.processor.write.RuntimeTypes.TRANSACTION_OPTIONS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.quarry.processor.model.ModelDecl;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code QuarryClient}: one object exposing every repository, and transactions over them. */
final class ClientWriter {

  static final String CLIENT = "QuarryClient";

  private final List<ModelDecl> models;
  private final boolean inject;

  ClientWriter(List<ModelDecl> models, boolean inject) {
    this.models = models;
    this.inject = inject;
  }

  /** The package shared by every model, or the first model's package when they share none. */
  static String packageOf(List<ModelDecl> models) {
    String common = null;
    for (ModelDecl model : models) {
      String name = ClassName.get(model.element()).packageName();
      if (common == null) {
        common = name;
      }
      while (!(name.equals(common) || name.startsWith(common + ".")) && common.contains(".")) {
        common = common.substring(0, common.lastIndexOf('.'));
      }
      if (!(name.equals(common) || name.startsWith(common + "."))) {
        return ClassName.get(models.get(0).element()).packageName();
      }
    }
    return common;
  }

  JavaFile write() {
    String packageName = packageOf(models);
    ClassName client = ClassName.get(packageName, CLIENT);
    TypeSpec.Builder type = TypeSpec.classBuilder(client)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(MetamodelWriter.generated())
        .addJavadoc("Every repository of this application's Quarry models, over one {@link $T}.\n"
            + "<p>Create one with {@code new $L(database)}, or let a {@code jakarta.inject} container do it.\n", DATABASE, CLIENT)
        .addField(FieldSpec.builder(DATABASE, "database", Modifier.PRIVATE, Modifier.FINAL).build());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A client over {@code database}.\n")
        .addParameter(DATABASE, "database")
        .addStatement("this.database = database");
    if (inject) {
      constructor.addAnnotation(INJECT);
    }
    for (ModelDecl model : models) {
      type.addOriginatingElement(model.element());
      ClassName modelType = ClassName.get(model.element());
      ClassName repository = RepositoryWriter.repositoryName(modelType);
      String accessor = JavaNames.repositoryAccessor(String.join("", modelType.simpleNames()));
      type.addField(FieldSpec.builder(repository, accessor, Modifier.PRIVATE, Modifier.FINAL).build());
      constructor.addStatement("this.$L = new $T(database)", accessor, repository);
      type.addMethod(MethodSpec.methodBuilder(accessor)
          .addModifiers(Modifier.PUBLIC)
          .returns(repository)
          .addJavadoc("The {@link $T} rows.\n", modelType)
          .addStatement("return $L", accessor)
          .build());
    }
    type.addMethod(constructor.build());
    TypeVariableName t = TypeVariableName.get("T");
    ParameterizedTypeName body = ParameterizedTypeName.get(TRANSACTION_BODY, client, t);
    type.addMethod(MethodSpec.methodBuilder("transaction")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(t)
        .returns(t)
        .addParameter(body, "work")
        .addJavadoc("Runs {@code work} in a transaction: committed when it returns, rolled back when it throws.\n"
            + "Every repository call on this thread inside it takes part.\n")
        .addStatement("return database.transaction(db -> work.run(this))")
        .build());
    type.addMethod(MethodSpec.methodBuilder("transaction")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(t)
        .returns(t)
        .addParameter(TRANSACTION_OPTIONS, "options")
        .addParameter(body, "work")
        .addJavadoc("Runs {@code work} in a transaction with these options (isolation, retries, savepoint).\n")
        .addStatement("return database.transaction(options, db -> work.run(this))")
        .build());
    type.addMethod(MethodSpec.methodBuilder("onPrimary")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(t)
        .returns(t)
        .addParameter(ParameterizedTypeName.get(ClassName.get(java.util.function.Supplier.class), t), "work")
        .addJavadoc("Runs {@code work} with every read on this thread sent to the primary, not a read replica.\n")
        .addStatement("return database.onPrimary(work)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("database")
        .addModifiers(Modifier.PUBLIC)
        .returns(DATABASE)
        .addJavadoc("The database, for raw SQL and listeners.\n")
        .addStatement("return database")
        .build());
    return JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).indent("  ").build();
  }
}

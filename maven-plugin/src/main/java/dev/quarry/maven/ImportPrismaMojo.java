package dev.quarry.maven;

import dev.quarry.importer.ExistingFiles;
import dev.quarry.importer.FilesInTheWayException;
import dev.quarry.importer.ImportException;
import dev.quarry.importer.ImportResult;
import dev.quarry.importer.prisma.PrismaImport;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn quarry:import-prisma -Dquarry.package=com.acme.model}: write one Quarry record per
 * model and one enum per enum of a Prisma schema into the project's sources, so that Quarry's
 * migration of them makes the catalog Prisma Migrate makes. Needs no database.
 */
@Mojo(name = "import-prisma", threadSafe = true, requiresProject = true)
public final class ImportPrismaMojo extends AbstractMojo {

  /** The Prisma schema: a {@code schema.prisma} file, or the folder of a schema split over several files. */
  @Parameter(property = "quarry.prismaSchema", defaultValue = "${project.basedir}/prisma/schema.prisma")
  File prismaSchema;

  /** The Java package of the records. */
  @Parameter(property = "quarry.package", required = true)
  String packageName;

  /** The source root to write into. */
  @Parameter(property = "quarry.sourceRoot", defaultValue = "${project.basedir}/src/main/java")
  File sourceRoot;

  /** Replace files already there (by default nothing is written then). */
  @Parameter(property = "quarry.overwrite", defaultValue = "false")
  boolean overwrite;

  @Override
  public void execute() throws MojoFailureException {
    try {
      ImportResult result = PrismaImport.run(prismaSchema.toPath(), packageName, sourceRoot.toPath(),
          overwrite ? ExistingFiles.REPLACE : ExistingFiles.REFUSE);
      getLog().info("Imported " + result.models() + " models and " + result.enums() + " enums from " + prismaSchema
          + " into " + sourceRoot.toPath().resolve(packageName.replace('.', '/')) + " (" + result.files().size() + " files).");
      for (String note : result.notes()) {
        getLog().warn("Left out, as Prisma's client leaves it out: " + note);
      }
    } catch (FilesInTheWayException e) {
      throw new MojoFailureException(e.getMessage() + ": -Dquarry.overwrite.", e);
    } catch (ImportException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }
}

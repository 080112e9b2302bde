package dev.quarry.maven;

import dev.quarry.importer.ExistingFiles;
import dev.quarry.importer.FilesInTheWayException;
import dev.quarry.importer.ImportException;
import dev.quarry.importer.ImportResult;
import dev.quarry.importer.pull.DatabasePull;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn quarry:db-pull -Dquarry.package=com.acme.model}: write one Quarry record per table and
 * view and one enum per enum type of the database, so that Quarry's migration of them makes the
 * same catalog. Records already there are never replaced unless {@code -Dquarry.overwrite}.
 */
@Mojo(name = "db-pull", threadSafe = true, requiresProject = true)
public final class DbPullMojo extends QuarryMojo {

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
  void run() throws MojoFailureException {
    ImportResult result;
    try {
      result = withDatabase(database -> DatabasePull.run(database.dataSource(), packageName, sourceRoot.toPath(),
          overwrite ? ExistingFiles.REPLACE : ExistingFiles.REFUSE));
    } catch (FilesInTheWayException e) {
      throw new MojoFailureException(e.getMessage() + ": -Dquarry.overwrite.", e);
    } catch (ImportException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    getLog().info("Pulled " + result.models() + " models and " + result.enums() + " enums into "
        + sourceRoot.toPath().resolve(packageName.replace('.', '/')) + " (" + result.files().size() + " files).");
    for (String note : result.notes()) {
      getLog().warn("Not expressed by the records (it stays in the database): " + note);
    }
  }
}

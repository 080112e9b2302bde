package dev.quarry.runtime;

import dev.quarry.runtime.error.ConfigurationException;
import dev.quarry.schema.Schema;
import dev.quarry.schema.SchemaFormatException;
import dev.quarry.schema.SchemaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Finds the schema snapshot that the Quarry processor wrote onto the class path. */
public final class SchemaSnapshots {

  private SchemaSnapshots() {}

  /**
   * Reads {@value Schema#RESOURCE_PATH} through the given class loader.
   *
   * @throws ConfigurationException when there is none (the processor did not run), more than
   *     one, or it cannot be read
   */
  public static Schema fromClasspath(ClassLoader loader) {
    List<URL> found;
    try {
      found = new ArrayList<>(Collections.list(loader.getResources(Schema.RESOURCE_PATH)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the class path for " + Schema.RESOURCE_PATH, e);
    }
    if (found.isEmpty()) {
      throw new ConfigurationException(
          "No Quarry schema snapshot (" + Schema.RESOURCE_PATH + ") is on the class path. "
              + "The annotation processor did not run on your @Model records: add dev.quarry:quarry-processor "
              + "to the maven-compiler-plugin's annotationProcessorPaths (or javac's -processorpath) and recompile.");
    }
    if (found.size() > 1) {
      throw new ConfigurationException(
          "More than one Quarry schema snapshot is on the class path: " + found
              + ". Keep the models of one database in one module.");
    }
    URL url = found.get(0);
    try (InputStream in = url.openStream()) {
      return SchemaJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Quarry schema snapshot at " + url, e);
    } catch (SchemaFormatException e) {
      throw new ConfigurationException(e.getMessage() + " (" + url + ")", e);
    }
  }
}

package dev.quarry.processor.write;

import dev.quarry.schema.Schema;
import dev.quarry.schema.SchemaJson;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Writes the schema snapshot to {@value Schema#RESOURCE_PATH} on the class output. */
public final class SnapshotWriter {

  private final Filer filer;

  public SnapshotWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes the snapshot, tied to every model it was made from so incremental builds know to
   * rewrite it when any of them changes.
   */
  public void write(Schema schema, Element... originatingModels) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", Schema.RESOURCE_PATH, originatingModels);
    try (Writer out = file.openWriter()) {
      out.write(SchemaJson.write(schema));
    }
  }
}

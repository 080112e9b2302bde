package dev.quarry.schema;

import java.util.List;

/**
 * A foreign key, held by the owning side of a relation.
 *
 * @param name the constraint name
 * @param fields the fields of the owning model that hold the key
 * @param columns their columns
 * @param referencedTable the table of the referenced model
 * @param references the referenced fields (the id or a unique of the other model)
 * @param referencedColumns their columns
 * @param onDelete the action on delete of the referenced row
 * @param onUpdate the action on update of the referenced key
 */
public record ForeignKey(
    String name,
    List<String> fields,
    List<String> columns,
    String referencedTable,
    List<String> references,
    List<String> referencedColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate) {

  public ForeignKey {
    fields = List.copyOf(fields);
    columns = List.copyOf(columns);
    references = List.copyOf(references);
    referencedColumns = List.copyOf(referencedColumns);
  }
}

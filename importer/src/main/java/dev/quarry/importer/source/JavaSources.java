package dev.quarry.importer.source;

import java.util.List;

/**
 * The Java sources of an imported schema: one package of records and enums.
 *
 * @param packageName the package
 * @param packageDoc the first sentence of the package's Javadoc
 * @param verbatim whether the package keeps names as written ({@code @Naming(NamingStyle.VERBATIM)})
 * @param records the model records
 * @param enums the enums
 */
public record JavaSources(String packageName, String packageDoc, boolean verbatim, List<JavaRecord> records,
    List<JavaEnum> enums) {

  public JavaSources {
    records = List.copyOf(records);
    enums = List.copyOf(enums);
  }
}

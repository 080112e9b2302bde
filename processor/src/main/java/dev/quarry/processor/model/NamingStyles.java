package dev.quarry.processor.model;

import dev.quarry.annotations.Naming;
import dev.quarry.annotations.NamingStyle;
import javax.lang.model.element.Element;

/** The naming style in force for a declaration: its own {@code @Naming}, else its package's, else snake_case. */
public final class NamingStyles {

  private NamingStyles() {}

  /** Whether names of {@code declaration} are derived as written ({@link NamingStyle#VERBATIM}). */
  public static boolean verbatim(Element declaration) {
    for (Element e = declaration; e != null; e = e.getEnclosingElement()) {
      Naming naming = e.getAnnotation(Naming.class);
      if (naming != null) {
        return naming.value() == NamingStyle.VERBATIM;
      }
    }
    return false;
  }
}

package dev.quarry.processor.validate;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.tools.Diagnostic;

/**
 * Collects errors and reports each once on its element, so that validating the same models again
 * in a later round does not repeat them.
 */
public final class Diagnostics {

  private final Messager messager;
  private final Set<String> reported = new HashSet<>();
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Reports an error on the element, pointing at the annotation when given. */
  public void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
    String text = message.format(args);
    errors++;
    if (element instanceof RecordComponentElement component) {
      // javac 17 cannot place a diagnostic on a record component; its private field sits at the
      // same position in the record header.
      element = fieldOf(component);
      annotation = null;
    }
    if (reported.add(element + "\u0000" + text)) {
      if (annotation == null) {
        messager.printMessage(Diagnostic.Kind.ERROR, text, element);
      } else {
        messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
      }
    }
  }

  private static Element fieldOf(RecordComponentElement component) {
    for (Element member : component.getEnclosingElement().getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().equals(component.getSimpleName())) {
        return member;
      }
    }
    return component;
  }

  /** Reports an error on the element. */
  public void error(Element element, Message message, Object... args) {
    error(element, null, message, args);
  }

  /** Prints a note, shown with {@code -Aquarry.verbose=true}. */
  /** Reports a warning on {@code element}: the build goes on. */
  public void warning(Element element, Message message, Object... args) {
    messager.printMessage(Diagnostic.Kind.WARNING, message.format(args), element);
  }

  public void note(Element element, String text) {
    messager.printMessage(Diagnostic.Kind.NOTE, text, element);
  }

  /** The number of errors reported since {@link #mark()} returned {@code mark}. */
  public int errorsSince(int mark) {
    return errors - mark;
  }

  /** A position to count errors from. */
  public int mark() {
    return errors;
  }
}

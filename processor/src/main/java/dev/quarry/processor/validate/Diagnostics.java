package dev.quarry.processor.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
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

  /**
   * Reports an error on the value at fault: the entry {@code offending} of the annotation's
   * {@code member} (an element of an array, or the member's whole value), so the compiler points
   * at that string. Falls back to the annotation when the value cannot be found.
   */
  public void errorAt(Element element, AnnotationMirror annotation, String member, Object offending, Message message,
      Object... args) {
    AnnotationValue value = annotation == null || element instanceof RecordComponentElement ? null : valueOf(annotation, member, offending);
    if (value == null) {
      error(element, annotation, message, args);
      return;
    }
    String text = message.format(args);
    errors++;
    if (reported.add(element + "\u0000" + text)) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation, value);
    }
  }

  private static AnnotationValue valueOf(AnnotationMirror annotation, String member, Object offending) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : annotation.getElementValues().entrySet()) {
      if (!entry.getKey().getSimpleName().contentEquals(member)) {
        continue;
      }
      if (entry.getValue().getValue() instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof AnnotationValue element && offending.equals(element.getValue())) {
            return element;
          }
        }
      }
      return entry.getValue();
    }
    return null;
  }

  /** Reports an error on the element. */
  public void error(Element element, Message message, Object... args) {
    error(element, null, message, args);
  }

  /** Reports a warning on {@code element}: the build goes on. */
  public void warning(Element element, Message message, Object... args) {
    messager.printMessage(Diagnostic.Kind.WARNING, message.format(args), element);
  }

  /** Prints a note, shown with {@code -Aquarry.verbose=true}. */
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

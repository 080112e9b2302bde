package dev.quarry.spring.test;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTestContextBootstrapper;
import org.springframework.core.annotation.MergedAnnotations;

/** Adds {@link QuarryTest#properties()}, and a throw-away embedded database, to the test's environment. */
public class QuarryTestContextBootstrapper extends SpringBootTestContextBootstrapper {

  @Override
  protected String[] getProperties(Class<?> testClass) {
    List<String> properties = new ArrayList<>(List.of("quarry.embedded.temporary=true"));
    MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.INHERITED_ANNOTATIONS).get(QuarryTest.class)
        .getValue("properties", String[].class).ifPresent(values -> properties.addAll(List.of(values)));
    return properties.toArray(String[]::new);
  }
}

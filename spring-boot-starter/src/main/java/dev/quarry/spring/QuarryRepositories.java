package dev.quarry.spring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.TreeSet;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.util.ClassUtils;

/**
 * Registers every generated repository and {@code QuarryClient} as a bean, from the index the
 * processor writes ({@code META-INF/quarry/repositories}), without scanning the class path. Each
 * has one constructor taking the {@code Database}.
 */
final class QuarryRepositories implements BeanDefinitionRegistryPostProcessor {

  /** Where the processor writes the index. */
  static final String INDEX = "META-INF/quarry/repositories";

  private final ClassLoader loader;

  QuarryRepositories(ClassLoader loader) {
    this.loader = loader;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    for (String name : names(loader)) {
      Class<?> type = ClassUtils.resolveClassName(name, loader);
      String bean = ClassUtils.getShortNameAsProperty(type);
      if (!registry.containsBeanDefinition(bean)) {
        RootBeanDefinition definition = new RootBeanDefinition(type);
        definition.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
        registry.registerBeanDefinition(bean, definition);
      }
    }
  }

  /** The class names every index on the class path lists, sorted. */
  static TreeSet<String> names(ClassLoader loader) {
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> indexes = loader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(indexes.nextElement().openStream(), StandardCharsets.UTF_8))) {
          in.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + INDEX, e);
    }
    return names;
  }
}

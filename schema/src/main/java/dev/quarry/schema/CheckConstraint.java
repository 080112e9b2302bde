package dev.quarry.schema;

/**
 * A {@code CHECK} constraint of a table.
 *
 * @param name the constraint's name
 * @param expression the condition, as SQL, as the model declares it
 */
public record CheckConstraint(String name, String expression) {}

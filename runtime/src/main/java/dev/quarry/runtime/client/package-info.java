/**
 * The typed client: the {@link dev.quarry.runtime.client.Repository} each generated repository
 * extends, which runs the {@code query} package's values through {@code sql} and {@code jdbc}, and
 * what it needs alone (writes, nested connects, value checks, generated ids).
 */
package dev.quarry.runtime.client;

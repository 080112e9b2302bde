/**
 * Quarry in Spring Boot: auto-configuration of the {@code Database}, the generated repositories
 * as beans, Spring's transactions, migrations at start-up, exception translation, health,
 * endpoint and metrics.
 */
package dev.quarry.spring;

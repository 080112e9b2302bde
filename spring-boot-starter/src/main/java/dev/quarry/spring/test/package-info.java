/** {@link dev.quarry.spring.test.QuarryTest}: a Spring test slice for Quarry repositories. */
package dev.quarry.spring.test;

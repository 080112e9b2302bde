/**
 * The Quarry annotation processor: parse ({@link dev.quarry.processor.parse}) → validate
 * ({@link dev.quarry.processor.validate}) → write ({@link dev.quarry.processor.write}).
 */
package dev.quarry.processor;

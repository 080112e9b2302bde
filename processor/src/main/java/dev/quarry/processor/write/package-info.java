/**
 * Writes what the processor produces from a valid schema. Writers never judge the model: by the
 * time they run, validation has passed.
 */
package dev.quarry.processor.write;

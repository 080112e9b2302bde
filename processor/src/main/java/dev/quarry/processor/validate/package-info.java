/**
 * Every rule a model must follow, and the resolution of a valid model into the schema snapshot:
 * database names, defaults, keys and the pairing of relation sides. Errors go to a
 * {@link dev.quarry.processor.validate.Diagnostics} report, on the element at fault, with the
 * messages of {@link dev.quarry.processor.validate.Message}.
 */
package dev.quarry.processor.validate;

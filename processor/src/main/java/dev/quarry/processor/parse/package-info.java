/**
 * Reads annotated records into the declarations of {@link dev.quarry.processor.model}: what was
 * written, nothing judged. Every rule lives in {@link dev.quarry.processor.validate}.
 */
package dev.quarry.processor.parse;

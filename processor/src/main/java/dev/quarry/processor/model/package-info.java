/**
 * What the parser read from the source: models and fields as declared, still tied to their
 * elements so that validation can put each error where it belongs. Nothing here is checked yet.
 */
package dev.quarry.processor.model;

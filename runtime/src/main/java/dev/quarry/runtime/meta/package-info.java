/**
 * What generated code tells the runtime about each model — its table ({@link
 * dev.quarry.runtime.meta.ModelTable}), columns, unique keys, relations and enum codecs — and the
 * value conversions it calls ({@link dev.quarry.runtime.meta.Cast}). Read by the SQL renderer and
 * the JDBC layer; application code does not use them.
 */
package dev.quarry.runtime.meta;

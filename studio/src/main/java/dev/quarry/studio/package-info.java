/**
 * Quarry Studio: a local web page over a database and its schema snapshot. The JDK's own HTTP
 * server serves it on 127.0.0.1 (no web framework to carry for one page and a few JSON routes);
 * every request needs the per-run token and a local Host and Origin.
 */
package dev.quarry.studio;

/** The {@code quarry} launcher: the command line as one runnable jar. */
package dev.quarry.cli;

/**
 * The Quarry Maven goals: each builds the arguments of the {@code quarry} command line from the
 * project (its compiled snapshot, its migrations folder, a database folder under the project) and
 * runs it, failing the build on a non-zero exit.
 */
package dev.quarry.maven;

/**
 * The Quarry Maven goals ({@code mvn quarry:help} lists them): each finds the project's compiled
 * snapshot, its migrations folder and its database (a URL, else the embedded PostgreSQL in
 * {@code .quarry/postgres}), calls the migrate API, and fails the build with Quarry's message
 * when a command refuses or fails.
 */
package dev.quarry.maven;

/** The sample application: a blog with todos, run on Quarry end to end. */
package dev.quarry.sample;

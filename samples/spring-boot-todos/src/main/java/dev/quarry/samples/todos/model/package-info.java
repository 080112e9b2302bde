/** The todos' models. */
package dev.quarry.samples.todos.model;

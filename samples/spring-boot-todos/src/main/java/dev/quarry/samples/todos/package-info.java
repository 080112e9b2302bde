/** A Spring Boot service over Quarry: users and todos. */
package dev.quarry.samples.todos;

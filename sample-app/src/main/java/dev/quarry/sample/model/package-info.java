/** The sample app's data model: the blog of users and posts, and the users' todos. */
package dev.quarry.sample.model;

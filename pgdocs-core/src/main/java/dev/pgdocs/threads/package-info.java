/** The threads pgdocs runs its stages on: daemon threads, named for what they do. */
package dev.pgdocs.threads;

/**
 * The command line: one thin class per command over the shared {@link dev.pgdocs.cli.BookPipeline},
 * named exit codes, and the single place where failures become messages and exit codes.
 */
package dev.pgdocs.cli;

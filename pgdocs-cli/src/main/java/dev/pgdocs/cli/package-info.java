/**
 * The command line: one class per command (options in, the {@link dev.pgdocs.pipeline}
 * stages called, an exit code out), the options several commands share as mixins
 * ({@link dev.pgdocs.cli.BookOptions}, {@link dev.pgdocs.cli.OutputOptions}, ...), and the
 * single place where failures become messages and exit codes
 * ({@link dev.pgdocs.cli.FailureHandler}, over {@link dev.pgdocs.diagnostics.Failure}).
 */
package dev.pgdocs.cli;

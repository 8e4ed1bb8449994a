/**
 * The command line: one thin class per command (options in, one call into
 * {@link dev.pgdocs.pipeline}, {@link dev.pgdocs.serve} or {@link dev.pgdocs.review}, an
 * exit code out), the options several commands share as mixins
 * ({@link dev.pgdocs.cli.BookOptions}, {@link dev.pgdocs.cli.OutputOptions},
 * {@link dev.pgdocs.cli.RuleOptions}, {@link dev.pgdocs.cli.ChangeOptions}, ...), and the
 * single place where failures become messages and exit codes
 * ({@link dev.pgdocs.cli.FailureHandler}, over {@link dev.pgdocs.diagnostics.Failure}).
 */
package dev.pgdocs.cli;

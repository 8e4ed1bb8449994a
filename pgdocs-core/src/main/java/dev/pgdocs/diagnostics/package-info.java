/**
 * The one shape every stage reports problems in: a {@link dev.pgdocs.diagnostics.Diagnostic}
 * at a real {@link dev.pgdocs.diagnostics.SourceLocation}, printed by a
 * {@link dev.pgdocs.diagnostics.DiagnosticFormat} (text, JSON or GitHub annotations);
 * and for what stops a command, {@link dev.pgdocs.diagnostics.Failure} (its message and
 * its {@link dev.pgdocs.diagnostics.ExitCode}).
 */
package dev.pgdocs.diagnostics;

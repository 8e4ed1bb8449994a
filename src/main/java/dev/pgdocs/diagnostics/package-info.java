/**
 * The one shape every stage reports problems in: a {@link dev.pgdocs.diagnostics.Diagnostic}
 * at a real {@link dev.pgdocs.diagnostics.SourceLocation}, printed by a
 * {@link dev.pgdocs.diagnostics.DiagnosticFormat} (text, JSON, GitHub annotations or
 * SARIF); what each rule is set to ({@link dev.pgdocs.diagnostics.RulePolicy}) and the
 * findings a book already had ({@link dev.pgdocs.diagnostics.Baseline}); and for what
 * stops a command, {@link dev.pgdocs.diagnostics.Failure} (its message and its
 * {@link dev.pgdocs.diagnostics.ExitCode}). It depends on no other package of pgdocs.
 */
package dev.pgdocs.diagnostics;

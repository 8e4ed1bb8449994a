/**
 * The one shape every stage reports problems in: a {@link dev.pgdocs.diagnostics.Diagnostic}
 * at a real {@link dev.pgdocs.diagnostics.SourceLocation}, printed by a
 * {@link dev.pgdocs.diagnostics.DiagnosticFormat} (text, JSON or GitHub annotations).
 */
package dev.pgdocs.diagnostics;

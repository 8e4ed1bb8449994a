/**
 * Finding and compiling pgdocs' XSLT 3.0 stylesheets (templates/, packaged in the jar,
 * overridable with --templates), once per process, for every stage that runs them.
 */
package dev.pgdocs.xslt;

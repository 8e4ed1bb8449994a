/**
 * pgdocs as a Maven plugin: the goals check ({@link dev.pgdocs.maven.CheckMojo}), build
 * ({@link dev.pgdocs.maven.BuildMojo}) and serve ({@link dev.pgdocs.maven.ServeMojo}), each
 * the command of the same name run in Maven's JVM through the same pipeline classes, with
 * findings in Maven's log. {@link dev.pgdocs.maven.BookMojo} holds what they share: the
 * book's parameters, the rule levels, and how a finding or a failure reaches the build.
 */
package dev.pgdocs.maven;

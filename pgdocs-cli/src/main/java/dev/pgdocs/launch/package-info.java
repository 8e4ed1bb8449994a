/**
 * How pgdocs starts: {@link dev.pgdocs.launch.Relauncher} runs the work in a JVM with the
 * options its command wants ({@link dev.pgdocs.pipeline.JvmTuning}, the row picked by
 * {@link dev.pgdocs.cli.CommandTuning}) when the JVM pgdocs was started in lacks them, so that {@code java -jar}, bin/pgdocs and anything else starting
 * pgdocs all run tuned.
 */
package dev.pgdocs.launch;

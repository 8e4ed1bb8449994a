/**
 * Preview: {@link dev.pgdocs.serve.ServeSession}, pgdocs serve's loop (build, serve, watch,
 * rebuild, say what each build found), over {@link dev.pgdocs.serve.LiveBuild}, serve's incremental build over the
 * pipeline (what an edit cannot have changed is kept, and only the pages of the edited
 * files are rendered again when the book's structure is unchanged),
 * {@link dev.pgdocs.serve.BackgroundPdf} beside it, an HTTP server for the built site
 * that tells open pages to reload when a rebuild has finished, and a watcher for the
 * files a book is made of.
 */
package dev.pgdocs.serve;

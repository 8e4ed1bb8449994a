/**
 * Preview: an HTTP server for a built site that tells open pages to reload when a
 * rebuild has finished, and a watcher for the files a book is made of. Building is the
 * pipeline's business; this package only serves and watches.
 */
package dev.pgdocs.serve;

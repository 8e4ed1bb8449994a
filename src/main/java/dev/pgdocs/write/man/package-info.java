/** Writing man pages: the section directories and their files. */
package dev.pgdocs.write.man;

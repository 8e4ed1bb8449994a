package dev.pgdocs.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of a book's sources with a patch applied: a temporary directory. Messages about
 * its files must name them as the user knows them, since the directory is gone by the
 * time they are read: a file the patch changed by its name in the patch (its line
 * numbers are the patched file's), any other file by its place in the user's sources.
 *
 * @param root        the patched copy
 * @param sources     the user's source directory it was copied from
 * @param patched     for each file the patch changed, relative to {@code root}: its name in the patch
 * @param renamed     the files the patch renames, relative to the source directory: old name to new
 * @param patches     the subjects of the patches applied, in order (empty strings for plain diffs)
 * @param notReviewed the files the patch changes that the review leaves out
 */
public record PatchedTree(Path root, Path sources, Map<Path, String> patched, Map<Path, Path> renamed,
                          List<String> patches,
                          List<NotReviewed> notReviewed) {

    /** How to name {@code file}, a file of the copy, to users. */
    public Path display(Path file) {
        if (file == null || !file.startsWith(root)) {
            return file;
        }
        Path relative = root.relativize(file);
        String name = patched.get(relative);
        return name != null ? Path.of(name) : sources.resolve(relative);
    }

    /** {@code message} with every path into the copy named as {@link #display} names it. */
    public String display(String message) {
        Matcher m = Pattern.compile(Pattern.quote(root.toString()) + "(/[^\\s:;,'\"()]*)?").matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Path file = m.group(1) == null ? root : root.resolve(m.group(1).substring(1));
            m.appendReplacement(out, Matcher.quoteReplacement(file.equals(root) ? sources.toString()
                    : display(file).toString()));
        }
        return m.appendTail(out).toString();
    }
}

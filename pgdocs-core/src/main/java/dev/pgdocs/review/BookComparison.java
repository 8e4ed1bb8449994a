package dev.pgdocs.review;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.resolve.BookPage;
import dev.pgdocs.resolve.LinkTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares two builds of a book into a {@link Review}. */
public final class BookComparison {

    private BookComparison() {
    }

    public static Review compare(BookSnapshot before, BookSnapshot after) {
        return compare(before, after, Map.of());
    }

    /**
     * @param renamed files the change renames, relative to the source directory: old to
     *                new name. A finding in a renamed file is the same finding after it.
     */
    public static Review compare(BookSnapshot before, BookSnapshot after, Map<Path, Path> renamed) {
        return new Review(pages(before, after), ids(before, after), xreflabels(before, after),
                removedUrls(before, after),
                difference(after, Map.of(), before, renamed), difference(before, renamed, after, Map.of()));
    }

    private static List<Review.PageChange> pages(BookSnapshot before, BookSnapshot after) {
        Map<String, BookPage> old = byName(before);
        Map<String, BookPage> now = byName(after);
        List<Review.PageChange> changes = new ArrayList<>();
        for (BookPage page : after.targets().pages()) {
            BookPage was = old.get(page.name());
            List<String> text = PageText.blocks(after.pages().getOrDefault(page.name(), ""));
            if (was == null) {
                changes.add(new Review.PageChange(page.name(), Review.Status.NEW, "", page.title(), page.positional(),
                        WordDiff.hunks(List.of(), text)));
            } else {
                var hunks = WordDiff.hunks(PageText.blocks(before.pages().getOrDefault(page.name(), "")), text);
                if (!hunks.isEmpty() || !was.title().equals(page.title())) {
                    changes.add(new Review.PageChange(page.name(), Review.Status.CHANGED, was.title(), page.title(),
                            page.positional(), hunks));
                }
            }
        }
        for (BookPage page : before.targets().pages()) {
            if (!now.containsKey(page.name())) {
                changes.add(new Review.PageChange(page.name(), Review.Status.REMOVED, page.title(), "",
                        page.positional(), WordDiff.hunks(PageText.blocks(before.pages().getOrDefault(page.name(), "")),
                                List.of())));
            }
        }
        return changes;
    }

    private static List<Review.IdChange> ids(BookSnapshot before, BookSnapshot after) {
        Map<String, LinkTarget> old = before.targets().byId();
        Map<String, LinkTarget> now = after.targets().byId();
        List<Review.IdChange> changes = new ArrayList<>();
        for (String id : new TreeSet<>(union(old.keySet(), now.keySet()))) {
            LinkTarget was = old.get(id);
            LinkTarget is = now.get(id);
            String oldHref = was == null ? "" : was.href();
            String newHref = is == null ? "" : is.href();
            if (!oldHref.equals(newHref)) {
                changes.add(new Review.IdChange(id, (is != null ? is : was).element(), oldHref, newHref));
            }
        }
        return changes;
    }

    private static List<Review.XreflabelChange> xreflabels(BookSnapshot before, BookSnapshot after) {
        Map<String, LinkTarget> old = before.targets().byId();
        Map<String, LinkTarget> now = after.targets().byId();
        List<Review.XreflabelChange> changes = new ArrayList<>();
        for (String id : new TreeSet<>(union(old.keySet(), now.keySet()))) {
            String was = old.containsKey(id) ? old.get(id).xreflabel() : "";
            String is = now.containsKey(id) ? now.get(id).xreflabel() : "";
            if (!was.equals(is)) {
                changes.add(new Review.XreflabelChange(id, (now.containsKey(id) ? now : old).get(id).element(), was, is));
            }
        }
        return changes;
    }

    /** Pages and id anchors a reader could have bookmarked before that no longer exist. */
    private static List<String> removedUrls(BookSnapshot before, BookSnapshot after) {
        Set<String> now = urls(after);
        List<String> removed = new ArrayList<>();
        for (String url : urls(before)) {
            if (!now.contains(url)) {
                removed.add(url);
            }
        }
        return removed;
    }

    private static Set<String> urls(BookSnapshot book) {
        Set<String> urls = new LinkedHashSet<>();
        book.targets().pages().forEach(p -> urls.add(p.name()));
        book.targets().byId().values().forEach(t -> urls.add(t.href()));
        return urls;
    }

    /** Diagnostics of {@code of} that {@code other} does not have, paths made relative. */
    private static List<Diagnostic> difference(BookSnapshot of, Map<Path, Path> ofRenamed, BookSnapshot other,
                                               Map<Path, Path> otherRenamed) {
        Map<String, Integer> theirs = new HashMap<>();
        other.diagnostics().forEach(d -> theirs.merge(key(d, other.root(), otherRenamed), 1, Integer::sum));
        List<Diagnostic> only = new ArrayList<>();
        for (Diagnostic d : of.diagnostics()) {
            String key = key(d, of.root(), ofRenamed);
            if (theirs.getOrDefault(key, 0) > 0) {
                theirs.merge(key, -1, Integer::sum);
            } else {
                only.add(relative(d, of.root()));
            }
        }
        return only;
    }

    /**
     * What makes two findings the same across the builds: rule, file and message, but
     * not the line (a patch moves lines) nor the directory each build ran in, nor the
     * file's name before a rename.
     */
    private static String key(Diagnostic d, Path root, Map<Path, Path> renamed) {
        Path file = d.location().file();
        String relative = file == null ? "" : file.startsWith(root)
                ? renamed.getOrDefault(root.relativize(file), root.relativize(file)).toString() : file.toString();
        String message = withoutRoot(d.message(), root).replaceAll(":\\d+:\\d+", "");
        return d.rule() + "\u0000" + relative + "\u0000" + message;
    }

    private static Diagnostic relative(Diagnostic d, Path root) {
        SourceLocation at = d.location();
        if (at.file() == null || !at.file().startsWith(root)) {
            return d;
        }
        return new Diagnostic(new SourceLocation(root.relativize(at.file()), at.line(), at.column()), d.severity(),
                withoutRoot(d.message(), root), d.rule());
    }

    /**
     * The message with paths into {@code root} made relative to it. Messages name other
     * files as diagnostics do, relative to the working directory when below it, so both
     * forms are cut: one build of a review often runs below it and the other not.
     */
    private static String withoutRoot(String message, Path root) {
        String shown = SourceLocation.of(root).displayPath();
        String cut = message.replace(root + "/", "");
        return shown.isEmpty() || shown.equals(root.toString()) ? cut : cut.replace(shown + "/", "");
    }

    private static Map<String, BookPage> byName(BookSnapshot book) {
        return book.targets().pages().stream()
                .collect(Collectors.toMap(BookPage::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

}

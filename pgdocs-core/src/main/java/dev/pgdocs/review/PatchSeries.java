package dev.pgdocs.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a patch file is laid out, which java-diff-utils does not know: {@code git
 * format-patch --stdout} writes one mail per commit, each ending in a "-- " signature,
 * and the library's reader stops at the first signature, so alone it reads only the
 * first commit. This splits the file into its commits, in order, and each commit's diff
 * into one section per file ({@code diff --git} starts each), so that the library reads
 * one file at a time: it cannot read a GIT binary patch, and a rename without edits
 * has no hunk to end it. A plain unified diff is one commit with one section.
 */
final class PatchSeries {

    /** The line git format-patch starts each mail with (its fixed date marks it as git's). */
    private static final Pattern MAIL_START = Pattern.compile("^From [0-9a-f]{40} Mon Sep 17 00:00:00 2001$");
    private static final Pattern SUBJECT = Pattern.compile("^Subject: (?:\\[PATCH[^]]*] )?(.*)$");
    private static final Pattern HUNK_HEADER = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+\\d+(?:,\\d+)? @@.*");
    /** What a diff's lines start with; a signature is only what follows the last "-- " with none of these after it. */
    private static final Pattern DIFF_LINE = Pattern.compile("^[-+ @\\\\]|^diff ");

    /** One commit of the series: its subject (empty for a plain diff) and its files' sections. */
    record Commit(String subject, List<Section> files) {
    }

    /**
     * The part of a diff about one file (or, in a diff without {@code diff --git} lines,
     * about all of its files).
     *
     * @param firstLine  the 1-based line of the patch file the section starts at
     * @param text       its lines, each ending in a newline
     * @param hunks      the line numbers and text of its {@code @@} headers, in order
     */
    record Section(int firstLine, String text, List<Hunk> hunks) {

        /** A git binary patch, which java-diff-utils cannot read: the text before its data. */
        String binaryHeader() {
            int at = text.indexOf("\nGIT binary patch\n");
            return at < 0 ? null : text.substring(0, at + 1);
        }
    }

    /** A hunk header and the patch file's line it is on. */
    record Hunk(int line, String header) {
    }

    private PatchSeries() {
    }

    /** The commits of a patch file's text, in order. */
    static List<Commit> split(String text) {
        String[] lines = text.split("\n", -1);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (MAIL_START.matcher(lines[i]).matches()) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            starts.add(0);
        }
        List<Commit> commits = new ArrayList<>();
        for (int m = 0; m < starts.size(); m++) {
            int end = m + 1 < starts.size() ? starts.get(m + 1) : lines.length;
            commits.add(commit(lines, starts.get(m), end));
        }
        return commits;
    }

    /** The mail in lines [start, end): its subject, and its diff cut into file sections before the signature. */
    private static Commit commit(String[] lines, int start, int end) {
        String subject = "";
        int firstDiff = -1;
        for (int i = start; i < end && firstDiff < 0; i++) {
            var s = SUBJECT.matcher(lines[i]);
            if (subject.isEmpty() && s.matches()) {
                StringBuilder folded = new StringBuilder(s.group(1).strip());
                for (int j = i + 1; j < end && (lines[j].startsWith(" ") || lines[j].startsWith("\t")); j++) {
                    folded.append(' ').append(lines[j].strip()); // a long header goes on over indented lines (RFC 5322)
                }
                subject = folded.toString();
            }
            if (lines[i].startsWith("diff ") || lines[i].startsWith("--- ") && i + 1 < end
                    && lines[i + 1].startsWith("+++ ")) {
                firstDiff = i;
            }
        }
        if (firstDiff < 0) {
            return new Commit(subject, List.of());
        }
        end = signature(lines, firstDiff, end);
        List<Integer> cuts = new ArrayList<>();
        cuts.add(firstDiff);
        for (int i = firstDiff + 1; i < end; i++) {
            if (lines[i].startsWith("diff --git ")) {
                cuts.add(i);
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int c = 0; c < cuts.size(); c++) {
            int from = cuts.get(c);
            int to = c + 1 < cuts.size() ? cuts.get(c + 1) : end;
            while (to > from + 1 && lines[to - 1].isEmpty()) {
                to--; // the blank line that ends a mail or a file is not a diff line, and the reader refuses it
            }
            StringBuilder text = new StringBuilder();
            List<Hunk> hunks = new ArrayList<>();
            for (int i = from; i < to; i++) {
                text.append(lines[i]).append('\n');
                if (HUNK_HEADER.matcher(lines[i]).matches()) {
                    hunks.add(new Hunk(i + 1, lines[i]));
                }
            }
            sections.add(new Section(from + 1, text.toString(), hunks));
        }
        return new Commit(subject, sections);
    }

    /**
     * Where the diff in lines [from, end) ends: at the last "-- " line that only a
     * signature follows (git's version, or a user's own lines). A removed line whose
     * text is "- " also reads "-- ", but diff lines follow it.
     */
    private static int signature(String[] lines, int from, int end) {
        for (int i = end - 1; i > from; i--) {
            if (lines[i].equals("-- ")) {
                return i;
            }
            if (DIFF_LINE.matcher(lines[i]).find()) {
                return end;
            }
        }
        return end;
    }
}

package dev.pgdocs.load;

import java.util.Optional;

/**
 * What comes before a file's first element: whether it declares a DOCTYPE (a master
 * file) or not (a bare chapter to be wrapped), and the name of that first element with
 * the line and column of its {@code <} (1-based; 0 when there is none).
 */
record Prolog(boolean hasDoctype, Optional<String> rootElement, int rootLine, int rootColumn) {

    /** Reads the prolog of XML text, skipping the XML declaration, comments and PIs. */
    static Prolog of(CharSequence text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c != '<') {
                i++;
                continue;
            }
            if (startsWith(text, i, "<!--")) {
                i = indexOf(text, "-->", i + 4);
                if (i < 0) {
                    break;
                }
                i += 3;
            } else if (startsWith(text, i, "<?")) {
                i = indexOf(text, "?>", i + 2);
                if (i < 0) {
                    break;
                }
                i += 2;
            } else if (startsWith(text, i, "<!DOCTYPE")) {
                return new Prolog(true, Optional.empty(), 0, 0);
            } else {
                int start = i + 1;
                int end = start;
                while (end < n && !Character.isWhitespace(text.charAt(end))
                        && text.charAt(end) != '>' && text.charAt(end) != '/') {
                    end++;
                }
                int line = 1;
                int lineStart = 0;
                for (int k = 0; k < i; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                return new Prolog(false, Optional.of(text.subSequence(start, end).toString()), line, i - lineStart + 1);
            }
        }
        return new Prolog(false, Optional.empty(), 0, 0);
    }

    private static boolean startsWith(CharSequence s, int at, String prefix) {
        return s.length() - at >= prefix.length() && s.subSequence(at, at + prefix.length()).toString().equals(prefix);
    }

    private static int indexOf(CharSequence s, String what, int from) {
        return s.toString().indexOf(what, from);
    }
}

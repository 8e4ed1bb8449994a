package dev.pgdocs.load;

import java.util.Optional;

/**
 * What comes before a file's first element: whether it declares a DOCTYPE (a master
 * file) or not (a bare chapter to be wrapped), and the name of that first element.
 */
record Prolog(boolean hasDoctype, Optional<String> rootElement) {

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
                return new Prolog(true, Optional.empty());
            } else {
                int start = i + 1;
                int end = start;
                while (end < n && !Character.isWhitespace(text.charAt(end))
                        && text.charAt(end) != '>' && text.charAt(end) != '/') {
                    end++;
                }
                return new Prolog(false, Optional.of(text.subSequence(start, end).toString()));
            }
        }
        return new Prolog(false, Optional.empty());
    }

    private static boolean startsWith(CharSequence s, int at, String prefix) {
        return s.length() - at >= prefix.length() && s.subSequence(at, at + prefix.length()).toString().equals(prefix);
    }

    private static int indexOf(CharSequence s, String what, int from) {
        return s.toString().indexOf(what, from);
    }
}

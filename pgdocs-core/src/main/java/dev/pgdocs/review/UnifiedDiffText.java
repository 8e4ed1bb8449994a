package dev.pgdocs.review;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffParserException;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hands patch text to java-diff-utils' reader, which only takes bytes and decodes them
 * with the platform's default charset: US-ASCII under LC_ALL=C on Java 17, where every
 * non-ASCII character of a hunk would turn into "?" and the hunk would no longer match the
 * file. When the default charset cannot hold the text, each character it cannot hold (and
 * the escape character itself) goes in as an ASCII escape, and the names and lines the
 * library returns are decoded again.
 */
final class UnifiedDiffText {

    /** A control character no patch of text needs; it starts an escape of four hex digits. */
    private static final char ESCAPE = '\u0001';

    private UnifiedDiffText() {
    }

    static UnifiedDiff parse(String text) throws IOException, UnifiedDiffParserException {
        return parse(text, Charset.defaultCharset());
    }

    /** As the library reads {@code text} when the platform's charset is {@code charset}. */
    static UnifiedDiff parse(String text, Charset charset) throws IOException, UnifiedDiffParserException {
        if (charset.newEncoder().canEncode(text) && text.indexOf(ESCAPE) < 0) {
            return UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(text.getBytes(charset)));
        }
        UnifiedDiff diff = UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(escape(text).getBytes(charset)));
        for (UnifiedDiffFile file : diff.getFiles()) {
            decode(file::getFromFile, file::setFromFile);
            decode(file::getToFile, file::setToFile);
            decode(file::getRenameFrom, file::setRenameFrom);
            decode(file::getRenameTo, file::setRenameTo);
            decode(file::getCopyFrom, file::setCopyFrom);
            decode(file::getCopyTo, file::setCopyTo);
            for (AbstractDelta<String> delta : file.getPatch().getDeltas()) {
                decode(delta.getSource());
                decode(delta.getTarget());
            }
        }
        return diff;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        text.chars().forEach(c -> {
            if (c < 0x80 && c != ESCAPE) {
                out.append((char) c);
            } else {
                out.append(ESCAPE).append(String.format("%04x", c));
            }
        });
        return out.toString();
    }

    static String unescape(String text) {
        if (text == null || text.indexOf(ESCAPE) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 4 < text.length()) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void decode(Supplier<String> get, Consumer<String> set) {
        String value = get.get();
        if (value != null) {
            set.accept(unescape(value));
        }
    }

    private static void decode(Chunk<String> chunk) {
        chunk.setLines(chunk.getLines().stream().map(UnifiedDiffText::unescape).collect(java.util.stream.Collectors.toList()));
    }
}

package dev.pgdocs.load;

import dev.pgdocs.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.XdmNode;

/**
 * Turns a node into the place its start tag was written. The parser only reports where
 * a start tag ends (after its {@code >}, possibly lines below the {@code <} when the
 * attributes span lines), so the text is searched back to the {@code <name}. That costs
 * a file read, so it is done only for nodes that something is reported about.
 */
public final class ElementLocator {

    private final Map<Path, SourceText> texts = new ConcurrentHashMap<>();

    /** The file a node was written in, from the system id the parser gave it. */
    public static Path fileOf(NodeInfo node) {
        return SystemIds.toPath(node.getSystemId());
    }

    /** Drops the file texts read so far: the files may have been edited since (serve loads them again). */
    public void forget() {
        texts.clear();
    }

    /** Where an element's start tag begins; for other nodes, where the parser saw them. */
    public SourceLocation locate(XdmNode node) {
        NodeInfo info = node.getUnderlyingNode();
        Path file = fileOf(info);
        int line = Math.max(info.getLineNumber(), 0);
        int column = Math.max(info.getColumnNumber(), 0);
        if (file == null || line == 0 || info.getNodeKind() != net.sf.saxon.type.Type.ELEMENT) {
            return new SourceLocation(file, line, column);
        }
        SourceText text = texts.computeIfAbsent(file, SourceText::read);
        int end = text.offsetOf(line, column);
        int start = end < 0 ? -1 : findTagStart(text.chars(), info.getDisplayName(), end);
        if (start < 0) {
            return new SourceLocation(file, line, column);
        }
        int startLine = text.lineOf(start);
        return new SourceLocation(file, startLine, start - text.lineStart(startLine) + 1);
    }

    /** A file's text with the offsets its lines start at. */
    private record SourceText(String chars, int[] lineStarts) {

        static SourceText read(Path file) {
            String chars;
            try {
                chars = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                chars = "";
            }
            int[] starts = new int[16];
            int count = 0;
            starts[count++] = 0;
            for (int i = 0; i < chars.length(); i++) {
                if (chars.charAt(i) == '\n') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            return new SourceText(chars, Arrays.copyOf(starts, count));
        }

        /** Offset of a 1-based line and column, or -1 when the text is shorter. */
        int offsetOf(int line, int column) {
            if (line > lineStarts.length) {
                return -1;
            }
            return Math.min(lineStarts[line - 1] + Math.max(column - 1, 0), chars.length());
        }

        int lineStart(int line) {
            return lineStarts[line - 1];
        }

        /** The 1-based line an offset is on. */
        int lineOf(int offset) {
            int i = Arrays.binarySearch(lineStarts, offset);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }

    private static int findTagStart(String text, String name, int before) {
        String open = "<" + name;
        int at = text.lastIndexOf(open, Math.max(before - 1, 0));
        while (at >= 0) {
            int after = at + open.length();
            if (after < text.length()) {
                char c = text.charAt(after);
                if (Character.isWhitespace(c) || c == '>' || c == '/') {
                    return at;
                }
            }
            at = text.lastIndexOf(open, at - 1);
        }
        return -1;
    }
}

package dev.pgdocs.write.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Replaces the two things in FOP's PDF that come from the clock rather than the input,
 * in place and at the same length, so that nothing else in the file moves (no offset, no
 * length, no cross-reference entry changes):
 *
 * <ul>
 * <li>the XMP {@code xmp:MetadataDate}, which FOP sets to the time of writing whatever
 *     the user agent says (PDFRenderingUtil.renderXMPMetadata), becomes the creation date
 *     (the source date), as FOP itself wrote it in {@code xmp:CreateDate};
 * <li>the file identifier {@code /ID} in the trailer, which FOP computes from the time
 *     (FileIDGenerator; neither it nor the document has a public setter), becomes the
 *     MD5 of the file's bytes other than the identifier: the "based on the contents"
 *     identifier PDF 32000 §14.4 describes, the same for the same book.
 * </ul>
 *
 * Both are checked before they are touched: one metadata date, one identifier of two
 * 16-byte hex strings in the last trailer. Anything else is a {@link PdfException}
 * (a FOP that writes differently), never a silently different file.
 */
final class ReproducibleStamp {

    private static final byte[] METADATA_DATE = ascii("<xmp:MetadataDate>");
    private static final byte[] CREATE_DATE = ascii("<xmp:CreateDate>");
    private static final byte[] ID = ascii("/ID [<");
    private static final byte[] STARTXREF = ascii("startxref");

    private ReproducibleStamp() {
    }

    /** Stamps {@code pdf}, a complete file FOP wrote with creation date {@code date}. */
    static void apply(Path pdf, Instant date) throws IOException, PdfException {
        byte[] bytes = Files.readAllBytes(pdf);
        int[] metadata = metadataDate(bytes);
        byte[] dateText = replacementDate(bytes, metadata[1] - metadata[0], date);
        System.arraycopy(dateText, 0, bytes, metadata[0], dateText.length);
        int[] id = fileId(bytes);
        byte[] idText = idText(bytes, id);
        try (FileChannel channel = FileChannel.open(pdf, StandardOpenOption.WRITE)) {
            write(channel, metadata[0], dateText);
            write(channel, id[0], idText);
        }
    }

    /** Where the value of the one {@code xmp:MetadataDate} starts and ends. */
    private static int[] metadataDate(byte[] bytes) throws PdfException {
        int at = indexOf(bytes, METADATA_DATE, 0, bytes.length);
        if (at < 0 || indexOf(bytes, METADATA_DATE, at + 1, bytes.length) >= 0) {
            throw notStamped("expected one xmp:MetadataDate in the XMP metadata");
        }
        int start = at + METADATA_DATE.length;
        int end = indexOf(bytes, ascii("</xmp:MetadataDate>"), start, Math.min(bytes.length, start + 64));
        if (end < 0) {
            throw notStamped("xmp:MetadataDate has no end");
        }
        return new int[] {start, end};
    }

    /**
     * The source date, {@code length} bytes long: as FOP wrote it in xmp:CreateDate (in
     * the JVM's time zone), or else in UTC, as {@code Z} or {@code +00:00}, whichever fits.
     */
    private static byte[] replacementDate(byte[] bytes, int length, Instant date) throws PdfException {
        int at = indexOf(bytes, CREATE_DATE, 0, bytes.length);
        if (at >= 0) {
            int start = at + CREATE_DATE.length;
            int end = indexOf(bytes, ascii("</xmp:CreateDate>"), start, Math.min(bytes.length, start + 64));
            if (end - start == length) {
                byte[] created = new byte[length];
                System.arraycopy(bytes, start, created, 0, length);
                return created;
            }
        }
        String utc = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC).format(date);
        for (String text : new String[] {utc + "Z", utc + "+00:00"}) {
            if (text.length() == length) {
                return ascii(text);
            }
        }
        throw notStamped("xmp:MetadataDate has an unexpected form");
    }

    /** Where the identifier after the last {@code startxref}'s trailer starts ({@code <}) and ends (after {@code ]}). */
    private static int[] fileId(byte[] bytes) throws PdfException {
        int startxref = lastIndexOf(bytes, STARTXREF);
        if (startxref < 0) {
            throw notStamped("no startxref");
        }
        int pos = startxref + STARTXREF.length;
        while (pos < bytes.length && (bytes[pos] == '\n' || bytes[pos] == '\r' || bytes[pos] == ' ')) {
            pos++;
        }
        long offset = 0;
        int digits = 0;
        while (pos < bytes.length && bytes[pos] >= '0' && bytes[pos] <= '9' && digits < 18) {
            offset = offset * 10 + (bytes[pos++] - '0');
            digits++;
        }
        if (digits == 0 || offset >= startxref) {
            throw notStamped("startxref has no offset");
        }
        int at = indexOf(bytes, ID, (int) offset, startxref);
        if (at < 0 || indexOf(bytes, ID, at + 1, startxref) >= 0) {
            throw notStamped("expected one /ID in the trailer");
        }
        int start = at + ID.length - 1;
        // <32 hex> <32 hex>]
        int end = start + 1 + 32 + 2 + 1 + 32 + 2;
        if (end > bytes.length || bytes[start + 33] != '>' || bytes[start + 34] != ' ' || bytes[start + 35] != '<'
                || bytes[start + 68] != '>' || bytes[end - 1] != ']'
                || !hex(bytes, start + 1, 32) || !hex(bytes, start + 36, 32)) {
            throw notStamped("the /ID is not two 16-byte strings");
        }
        return new int[] {start, end};
    }

    /** {@code <D> <D>]}, D the MD5 of every byte of the file outside {@code id}. */
    private static byte[] idText(byte[] bytes, int[] id) {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
        md5.update(bytes, 0, id[0]);
        md5.update(bytes, id[1], bytes.length - id[1]);
        String digest = HexFormat.of().withUpperCase().formatHex(md5.digest());
        return ascii("<" + digest + "> <" + digest + ">]");
    }

    private static void write(FileChannel channel, long position, byte[] text) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(text);
        while (buffer.hasRemaining()) {
            channel.write(buffer, position + buffer.position());
        }
    }

    private static boolean hex(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (Character.digit(bytes[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] what, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i <= to - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte[] what) {
        outer:
        for (int i = bytes.length - what.length; i >= 0; i--) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static PdfException notStamped(String why) {
        return new PdfException("cannot make the PDF reproducible (" + why + "): FOP wrote it in a form pgdocs does not know");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

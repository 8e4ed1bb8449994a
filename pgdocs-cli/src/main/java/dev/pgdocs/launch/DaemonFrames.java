package dev.pgdocs.launch;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run and the resident JVM say to each other over the socket. The run sends one
 * request: the protocol's version, its working directory, whether its stderr is a
 * terminal, and its arguments. The resident JVM answers with frames, each a kind byte and
 * a payload: its process id first (so that Ctrl-C on the run can stop it), then the
 * command's stdout and stderr bytes as they are written, in the order written, and last
 * the exit code; or, instead of all that, {@link #LOCAL}: run it yourself.
 */
final class DaemonFrames {

    /**
     * Raised whenever what is sent changes meaning. A run and a resident JVM of different
     * versions should never meet (the jar is in the socket's name); the check costs nothing.
     */
    static final int VERSION = 1;

    /**
     * The most bytes a string of a request, and the most arguments, it may have: far more
     * than a command line holds (Linux allows 2 MB in all), and a bound on what a garbled
     * request makes the resident JVM allocate.
     */
    private static final int MAX_STRING = 16 << 20;

    /** Payload: the resident JVM's process id (long). */
    static final byte PID = 1;
    /** Payload: bytes the command wrote to stdout (int length, bytes). */
    static final byte OUT = 2;
    /** Payload: bytes the command wrote to stderr (int length, bytes). */
    static final byte ERR = 3;
    /** Payload: the command's exit code (int). The last frame. */
    static final byte EXIT = 4;
    /** No payload: the resident JVM will not run this command (another JVM tuning, busy, stale); run it here. */
    static final byte LOCAL = 5;
    /**
     * No payload: the command is a PDF build, which this resident JVM leaves to the one
     * for PDFs ({@link DaemonAddress#forPdf}); ask that one.
     */
    static final byte PDF_RESIDENT = 6;

    private DaemonFrames() {
    }

    /** A run's request. */
    record Request(String workingDirectory, boolean stderrIsTerminal, List<String> args) {

        void write(DataOutputStream out) throws IOException {
            out.writeInt(VERSION);
            writeString(out, workingDirectory);
            out.writeBoolean(stderrIsTerminal);
            out.writeInt(args.size());
            for (String arg : args) {
                writeString(out, arg);
            }
            out.flush();
        }

        /** The request, or null when it is of another version. */
        static Request read(DataInputStream in) throws IOException {
            if (in.readInt() != VERSION) {
                return null;
            }
            String directory = readString(in);
            boolean terminal = in.readBoolean();
            int count = in.readInt();
            if (count < 0 || count > MAX_STRING) {
                throw new IOException("not a request: " + count + " arguments");
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(readString(in));
            }
            return new Request(directory, terminal, args);
        }
    }

    /** A frame with no payload, or a number's. */
    static void send(DataOutputStream out, byte kind, long value) throws IOException {
        synchronized (out) {
            out.writeByte(kind);
            if (kind == PID) {
                out.writeLong(value);
            } else if (kind == EXIT) {
                out.writeInt((int) value);
            }
            out.flush();
        }
    }

    /** The bytes written to it go to the run as frames of {@code kind} (OUT or ERR). */
    static OutputStream stream(DataOutputStream out, byte kind) {
        return new ArrayOutputStream() {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length == 0) {
                    return;
                }
                synchronized (out) {
                    out.writeByte(kind);
                    out.writeInt(length);
                    out.write(bytes, offset, length);
                    out.flush();
                }
            }
        };
    }

    /**
     * The socket's bytes as a stream. Not {@link java.nio.channels.Channels#newInputStream}:
     * its reads and writes take one lock, and a read waiting for the run to hang up would
     * hold up every write to it.
     */
    static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return length == 0 ? 0 : channel.read(ByteBuffer.wrap(bytes, offset, length));
            }
        };
    }

    /** Writes to the socket (see {@link #input} for why not Channels'). */
    static OutputStream output(SocketChannel channel) {
        return new ArrayOutputStream() {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }

    /** A stream that writes arrays: a single byte goes as an array of one. */
    private abstract static class ArrayOutputStream extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }

    /** Strings of any length (writeUTF stops at 64 KB, and an argument may be a long list). */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("not a request: a string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

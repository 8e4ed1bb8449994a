package dev.pgdocs.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.launch.DaemonFrames.Request;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a run and the resident JVM send each other arrives as it was sent. */
class DaemonFramesTest {

    @Test
    void aRequestArrivesWholeWithArgumentsOfAnyLengthAndScript() throws Exception {
        String longList = "id-".repeat(40_000); // beyond writeUTF's 64 KB
        Request sent = new Request("/home/ä/書", true, List.of("check", "Grüße.sgml", "", longList));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        sent.write(new DataOutputStream(bytes));
        assertEquals(sent, Request.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
    }

    @Test
    void aRequestOfAnotherVersionIsNotRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(DaemonFrames.VERSION + 1);
        out.writeUTF("anything");
        assertNull(Request.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
    }

    @Test
    void aGarbledRequestIsRefusedBeforeAnythingIsAllocatedForIt() throws Exception {
        for (int length : new int[] {-1, Integer.MAX_VALUE}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(DaemonFrames.VERSION);
            out.writeInt(length); // the working directory's length
            IOException refused = assertThrows(IOException.class,
                    () -> Request.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
            assertTrue(refused.getMessage().startsWith("not a request"), refused.getMessage());
        }
    }

    @Test
    void outputAndTheExitCodeArriveInTheOrderWritten() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        OutputStream stdout = DaemonFrames.stream(out, DaemonFrames.OUT);
        OutputStream stderr = DaemonFrames.stream(out, DaemonFrames.ERR);
        DaemonFrames.send(out, DaemonFrames.PID, 4242L);
        stderr.write("warning: é\n".getBytes(StandardCharsets.UTF_8));
        stdout.write('x');
        stdout.write(new byte[0]); // nothing: no frame
        DaemonFrames.send(out, DaemonFrames.EXIT, 143);

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(DaemonFrames.PID, in.readByte());
        assertEquals(4242L, in.readLong());
        assertEquals(DaemonFrames.ERR, in.readByte());
        assertArrayEquals("warning: é\n".getBytes(StandardCharsets.UTF_8), in.readNBytes(in.readInt()));
        assertEquals(DaemonFrames.OUT, in.readByte());
        assertArrayEquals(new byte[] {'x'}, in.readNBytes(in.readInt()));
        assertEquals(DaemonFrames.EXIT, in.readByte());
        assertEquals(143, in.readInt());
        assertEquals(-1, in.read(), "nothing after the exit code");
    }
}

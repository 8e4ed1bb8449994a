package dev.pgdocs.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FontsTest {

    @Test
    void everyFontIsOnTheClassPath() {
        assertEquals(Optional.empty(), Fonts.missing(Fonts.class.getClassLoader()));
        assertEquals(12, Fonts.FACES.size());
    }

    @Test
    void aMissingFontIsAClearErrorBeforeFopStarts() {
        ClassLoader empty = new URLClassLoader(new URL[0], null);
        PdfException e = assertThrows(PdfException.class, () -> new PdfWriter(Path.of("."), empty));
        assertTrue(e.getMessage().startsWith("font not found: net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf"),
                e.getMessage());
    }

    @Test
    void fopIsConfiguredWithEveryFaceEmbeddedFromTheClassPath() {
        String conf = Fonts.fopConfiguration();
        for (Fonts.Face face : Fonts.FACES) {
            assertTrue(conf.contains("embed-url=\"classpath:" + Fonts.DIRECTORY + face.file() + "\""), face.file());
        }
        assertTrue(conf.contains("<use-cache>false</use-cache>"), "no font cache written to the home directory");
    }
}

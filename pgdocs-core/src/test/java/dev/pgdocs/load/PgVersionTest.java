package dev.pgdocs.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgVersionTest {

    @Test
    void derivesTheMajorVersionAsConfigureDoes() {
        assertEquals("18", new PgVersion("18.3").majorVersion());
        assertEquals("19", new PgVersion("19devel").majorVersion());
        assertEquals("18", new PgVersion("18beta1").majorVersion());
        assertEquals("10", new PgVersion("10.23").majorVersion());
        assertEquals("9.6", new PgVersion("9.6.24").majorVersion());
        assertEquals("9.6", new PgVersion("9.6devel").majorVersion());
        assertEquals("devel", PgVersion.DEVEL.majorVersion());
    }

    @Test
    void developmentVersionsAreThoseThatSayDevel() {
        assertTrue(new PgVersion("19devel").isDevel());
        assertFalse(new PgVersion("18.3").isDevel());
    }

    @Test
    void refusesWhatCannotBeAVersion() {
        assertThrows(IllegalArgumentException.class, () -> new PgVersion("18\"><!ENTITY x \"y"));
        assertThrows(IllegalArgumentException.class, () -> new PgVersion(""));
    }

    @Test
    void writesVersionSgmlAsPostgreSqlsBuildDoes() {
        assertEquals("<!ENTITY version \"18.3\">\n<!ENTITY majorversion \"18\">\n",
                new PgVersion("18.3").versionSgml());
    }

    @Test
    void findsTheVersionOfTheSourceTree(@TempDir Path root) throws Exception {
        Path doc = Files.createDirectories(root.resolve("doc/src/sgml"));
        assertEquals(Optional.empty(), PgVersion.ofSourceTree(doc));

        Files.writeString(root.resolve("meson.build"),
                "project('postgresql',\n  ['c'],\n  version: '19devel',\n  license: 'PostgreSQL',\n)\n");
        assertEquals(Optional.of(new PgVersion("19devel")), PgVersion.ofSourceTree(doc));

        Files.writeString(root.resolve("configure"), "#! /bin/sh\nPACKAGE_VERSION='18.3'\n");
        assertEquals(Optional.of(new PgVersion("18.3")), PgVersion.ofSourceTree(doc), "configure comes first");
    }
}

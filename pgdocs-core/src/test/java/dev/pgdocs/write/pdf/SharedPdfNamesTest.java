package dev.pgdocs.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.Progress;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.apache.fop.pdf.PDFObject;
import org.apache.fop.pdf.StructureType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;

@Isolated // looks at FOP's static PDF names, which another PDF written meanwhile would hold
class SharedPdfNamesTest {

    private static final String FO = TestFo.document("""
              <fo:page-sequence master-reference="page">
                <fo:flow flow-name="xsl-region-body">
                  <fo:block id="a" role="H1">Title</fo:block>
                  <fo:block role="P">Some text with a <fo:basic-link internal-destination="a">link</fo:basic-link>.</fo:block>
                  <fo:table><fo:table-body><fo:table-row><fo:table-cell><fo:block>cell</fo:block></fo:table-cell>
                  </fo:table-row></fo:table-body></fo:table>
                </fo:flow>
              </fo:page-sequence>
              <fo:page-sequence master-reference="page">
                <fo:flow flow-name="xsl-region-body">
                  <fo:block role="P">A second page, started once the first is painted.</fo:block>
                </fo:flow>
              </fo:page-sequence>
            """);

    /** Shared objects that FOP has tied to a document: none once a PDF is written. */
    private static List<PDFObject> tied() {
        List<PDFObject> tied = new ArrayList<>();
        SharedPdfNames.forEachShared(shared -> {
            if (shared.getParent() != null) {
                tied.add(shared);
            }
        });
        return tied;
    }

    @Test
    void aWrittenPdfLeavesNoSharedNameHoldingItsDocument(@TempDir Path dir) throws Exception {
        List<PDFObject> seen = new ArrayList<>();
        SharedPdfNames.forEachShared(seen::add);
        assertTrue(seen.size() > 20, "FOP's shared names are found: " + seen.size());

        // FOP ties them to the document while it writes; the test sees that happen through a
        // name it shares, when the painting thread starts the second page
        List<PDFObject> tiedWhileWriting = new ArrayList<>();
        Progress pages = new Progress() {
            @Override
            public void stage(String name) {
            }

            @Override
            public void step(long done, long total) {
                if (done == 2) {
                    tiedWhileWriting.addAll(tied());
                }
            }
        };
        PdfWriter writer = new PdfWriter(dir);
        writer.write(dir.resolve("out.pdf"), dir.resolve("out.pdf"), "Title", "", "en", Instant.EPOCH,
                TestFo.producer(FO), pages);

        assertTrue(Files.size(dir.resolve("out.pdf")) > 0);
        assertTrue(!tiedWhileWriting.isEmpty(), "FOP ties shared names to the document it writes");
        assertEquals(List.of(), tied(), "no shared name is left holding the written document");
    }

    @Test
    void everyFopClassWithStaticPdfObjectsIsListed() throws Exception {
        Path jar = Path.of(PDFObject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        TreeSet<String> holders = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (var entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (!name.endsWith(".class") || !name.startsWith("org/apache/fop/")) {
                    continue;
                }
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                Class<?> type;
                Field[] fields;
                try {
                    type = Class.forName(className, false, getClass().getClassLoader());
                    fields = type.getDeclaredFields();
                } catch (Throwable optionalDependencyMissing) {
                    continue; // FOP's classes for AFP, RTF and others need jars pgdocs leaves out
                }
                for (Field field : fields) {
                    if (Modifier.isStatic(field.getModifiers()) && holdsPdfObjects(field.getGenericType())) {
                        holders.add(className);
                    }
                }
            }
        }
        assertTrue(holders.size() > 5, "the scan finds FOP's holders: " + holders);
        assertEquals(new TreeSet<>(SharedPdfNames.HOLDERS), holders);
    }

    private static boolean holdsPdfObjects(Type type) {
        if (type instanceof Class<?> raw) {
            if (raw.isArray()) {
                return holdsPdfObjects(raw.getComponentType());
            }
            // StructureType: an interface, whose implementation keeps the type's name
            return PDFObject.class.isAssignableFrom(raw) || StructureType.class.isAssignableFrom(raw)
                    || hasPdfObjectField(raw);
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (holdsPdfObjects(argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A class of FOP's own whose instances keep a PDF object in a field (a table scope: its name). */
    private static boolean hasPdfObjectField(Class<?> type) {
        if (!type.getName().startsWith("org.apache.fop.")) {
            return false;
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && PDFObject.class.isAssignableFrom(field.getType())) {
                    return true;
                }
            }
        }
        return false;
    }
}

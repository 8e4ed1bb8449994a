package dev.pgdocs.write.pdf;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.fop.pdf.PDFObject;

/**
 * FOP keeps some PDF objects in static fields, shared by every document it writes: names
 * such as {@code /MCR} and {@code /ObjStm}, and the names inside its constants for the
 * standard structure types and table scopes. When one
 * of them goes into a dictionary, FOP makes that dictionary its parent, and the parent
 * holds the whole document: one PDF of PostgreSQL's manual stayed reachable after it was
 * written, about 440 MB of structure tree and page objects, until the next PDF replaced
 * it. A JVM that builds PDF after PDF (serve --pdf, the resident JVM, the Maven plugin)
 * then needed room for two. {@link #release} cuts those links once a PDF is written.
 * That is safe while another PDF is being written in the same JVM: a name's parent
 * serves only to find its document, and FOP writes a name without it.
 *
 * <p>The classes are named here, not searched for at run time (that would load every
 * class of FOP); SharedPdfNamesTest reads FOP's jar and fails when a FOP upgrade adds a
 * class with such a field that is not in the list.
 */
final class SharedPdfNames {

    private static final String FOP = "org.apache.fop.";

    /**
     * FOP's classes with static fields that hold PDF objects: directly, in arrays, maps and
     * lists, or in a field of a constant of FOP's own.
     */
    static final List<String> HOLDERS = List.of(
            "org.apache.fop.pdf.ObjectStream",
            "org.apache.fop.pdf.xref.CrossReferenceStream",
            "org.apache.fop.pdf.PDFRoot",
            "org.apache.fop.pdf.PDFPageLabels",
            "org.apache.fop.pdf.PDFGState",
            "org.apache.fop.pdf.PDFStructElem",
            "org.apache.fop.pdf.StandardStructureTypes",
            "org.apache.fop.pdf.StandardStructureTypes$Grouping",
            "org.apache.fop.pdf.StandardStructureTypes$Paragraphlike",
            "org.apache.fop.pdf.StandardStructureTypes$List",
            "org.apache.fop.pdf.StandardStructureTypes$Table",
            "org.apache.fop.pdf.StandardStructureTypes$InlineLevelStructure",
            "org.apache.fop.pdf.StandardStructureTypes$RubyOrWarichu",
            "org.apache.fop.pdf.StandardStructureTypes$Illustration",
            "org.apache.fop.pdf.StandardStructureAttributes$Table",
            "org.apache.fop.pdf.StandardStructureAttributes$Table$Scope",
            "org.apache.fop.render.pdf.PDFLogicalStructureHandler",
            "org.apache.fop.render.pdf.ImageRawPNGAdapter");

    private SharedPdfNames() {
    }

    /** Cuts every shared PDF object's link to the document it was last put in. */
    static void release() {
        forEachShared(shared -> shared.setParent(null));
    }

    /** Every PDF object FOP's {@link #HOLDERS} keep in static fields. */
    static void forEachShared(Consumer<PDFObject> action) {
        for (String holder : HOLDERS) {
            Class<?> type;
            try {
                type = Class.forName(holder, false, SharedPdfNames.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                continue; // a FOP without the class has nothing of it to release
            }
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    visit(field.get(null), action);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a field that cannot be read cannot be released; the PDF is written all the same
                }
            }
        }
    }

    private static void visit(Object value, Consumer<PDFObject> action) {
        if (value instanceof PDFObject object) {
            action.accept(object);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> visit(v, action));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> visit(v, action));
        } else if (value != null && value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                visit(Array.get(value, i), action);
            }
        } else if (value != null && value.getClass().getName().startsWith(FOP)) {
            visitFields(value, action);
        }
    }

    /** The PDF objects in the fields of one of FOP's constants (a structure type, a table scope). */
    private static void visitFields(Object constant, Consumer<PDFObject> action) {
        for (Class<?> type = constant.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && PDFObject.class.isAssignableFrom(field.getType())) {
                    try {
                        field.setAccessible(true);
                        if (field.get(constant) instanceof PDFObject object) {
                            action.accept(object);
                        }
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // as above
                    }
                }
            }
        }
    }
}

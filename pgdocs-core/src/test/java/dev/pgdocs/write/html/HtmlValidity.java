package dev.pgdocs.write.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Runs the W3C Nu HTML checker (offline, schemas from its jar) over written pages. */
public final class HtmlValidity {

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;
    private Path current;

    public HtmlValidity() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are advice, not errors
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current.getFileName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, handler);
        validator.setUpValidatorAndParsers(handler, true, false);
    }

    /** Checks pages; returns the errors found, "page:line:col: message". */
    public List<String> check(List<Path> pages) throws Exception {
        errors.clear();
        for (Path page : pages) {
            current = page;
            validator.checkHtmlFile(page.toFile(), true);
        }
        return List.copyOf(errors);
    }
}

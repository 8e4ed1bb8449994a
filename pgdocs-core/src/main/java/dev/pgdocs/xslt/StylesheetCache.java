package dev.pgdocs.xslt;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * Compiles each stylesheet once per process. Stylesheets are named by their path below
 * templates/ ("common/targets.xsl"); they come from the --templates directory when one
 * is given and has the file, else from the jar. Compilation can start early, in the
 * background, while the sources are still being parsed.
 */
public final class StylesheetCache {

    private static final String BUILT_IN = "/templates/";

    private final Processor processor;
    private final Optional<Path> templatesDir;
    private final Map<String, CompletableFuture<XsltExecutable>> compiled = new ConcurrentHashMap<>();

    public StylesheetCache(Processor processor, Optional<Path> templatesDir) {
        this.processor = processor;
        this.templatesDir = templatesDir.map(p -> p.toAbsolutePath().normalize());
        // html.xsl calls it to share pages out between parts; every processor that compiles it must know it
        processor.registerExtensionFunction(new PageClaims());
        // the book-wide lists of every stylesheet start from it
        processor.registerExtensionFunction(new ElementsFunction());
    }

    public Processor processor() {
        return processor;
    }

    /** Starts compiling a stylesheet on another thread, if that has not begun yet. */
    public void prepare(String name) {
        compiled.computeIfAbsent(name, n -> CompletableFuture.supplyAsync(() -> compileNow(n)));
    }

    /**
     * The compiled stylesheet.
     *
     * @throws StylesheetException when it is missing or does not compile
     */
    public XsltExecutable get(String name) throws StylesheetException {
        prepare(name);
        try {
            return compiled.get(name).get();
        } catch (ExecutionException e) {
            // not kept: a JVM that runs again (serve, the resident JVM) compiles it anew, once
            // the template is mended or the memory it ran out of is free
            compiled.remove(name);
            if (e.getCause() instanceof StylesheetException s) {
                throw s;
            }
            throw new StylesheetException(name + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StylesheetException("interrupted while compiling " + name, e);
        }
    }

    private XsltExecutable compileNow(String name) {
        String systemId = locate(name);
        XsltCompiler compiler = processor.newXsltCompiler();
        java.util.List<String> errors = new java.util.ArrayList<>();
        compiler.setErrorReporter(error -> {
            var at = error.getLocation();
            errors.add((at == null || at.getSystemId() == null ? "" : at.getSystemId().replaceFirst(".*/templates/", "templates/")
                    + ":" + at.getLineNumber() + ":" + at.getColumnNumber() + ": ") + error.getMessage());
        });
        try {
            URL url = new java.net.URI(systemId).toURL();
            try (var in = url.openStream()) {
                long begun = System.nanoTime();
                XsltExecutable executable = compiler.compile(new StreamSource(in, systemId));
                dev.pgdocs.diagnostics.Timings.note("compiled " + name + " in "
                        + (System.nanoTime() - begun) / 1_000_000 + " ms");
                return executable;
            }
        } catch (SaxonApiException e) {
            throw new java.util.concurrent.CompletionException(
                    new StylesheetException("stylesheet " + systemId + " does not compile:\n  "
                            + String.join("\n  ", errors.isEmpty() ? java.util.List.of(e.getMessage()) : errors), e));
        } catch (IOException | URISyntaxException e) {
            throw new java.util.concurrent.CompletionException(
                    new StylesheetException("cannot read stylesheet " + systemId + ": " + e.getMessage(), e));
        }
    }

    private String locate(String name) {
        if (templatesDir.isPresent()) {
            Path file = templatesDir.get().resolve(name);
            if (Files.isRegularFile(file)) {
                return file.toUri().toString();
            }
        }
        URL url = StylesheetCache.class.getResource(BUILT_IN + name);
        if (url == null) {
            throw new java.util.concurrent.CompletionException(
                    new StylesheetException("no stylesheet named " + name + " in the jar", null));
        }
        return url.toString();
    }
}

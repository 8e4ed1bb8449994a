package dev.pgdocs.maven;

import dev.pgdocs.pipeline.JvmTuning;
import dev.pgdocs.pipeline.Pipeline;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the book: loads it offline, validates it against the DocBook DTD, and checks every
 * id, link and rule, as {@code pgdocs check} does. Errors fail the build (warnings too, with
 * warningsAsErrors).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false)
public final class CheckMojo extends BookMojo {

    @Override
    JvmTuning tuning() {
        return JvmTuning.QUICK;
    }

    @Override
    void run(Pipeline pipeline) throws Exception {
        Pipeline.Environment checked = pipeline.loadAndCheck(Optional.empty());
        report(checked.diagnostics(), checked.book().files().size());
        Optional<MojoFailureException> failed = verdict(checked.diagnostics(), "");
        if (failed.isPresent()) {
            throw failed.get();
        }
    }
}

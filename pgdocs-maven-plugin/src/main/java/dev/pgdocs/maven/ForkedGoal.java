package dev.pgdocs.maven;

import dev.pgdocs.pipeline.JvmTuning;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs a goal in a JVM of its own, started with the options of its row of
 * {@link JvmTuning}, as the command line's launcher does: Maven's JVM has Maven's
 * collector, compiler and heap, which cost a PDF of the whole manual twice the time and
 * three times the memory. The forked JVM is Maven's java with the plugin's class path;
 * it runs the same goal with the same parameters ({@link ForkedGoalMain}), and what it
 * says comes back into Maven's log, line by line, at its level, as if the goal had run
 * here. Ctrl-C stops both: the forked JVM's own hooks remove what it was writing.
 */
final class ForkedGoal {

    private final BookMojo goal;
    private final JvmTuning tuning;

    ForkedGoal(BookMojo goal, JvmTuning tuning) {
        this.goal = goal;
        this.tuning = tuning;
    }

    /** The java command that runs the goal; empty when the plugin's class path cannot be told (it then runs here). */
    Optional<List<String>> command(Path parameters) {
        Optional<String> classPath = classPath();
        if (classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(tuning.options());
        command.add("-D" + ForkedGoalMain.FORKED + "=true");
        command.add("-cp");
        command.add(classPath.get());
        command.add(ForkedGoalMain.class.getName());
        command.add(parameters.toString());
        if (goal.getLog().isDebugEnabled()) {
            command.add("debug");
        }
        return Optional.of(command);
    }

    /**
     * Runs the goal forked, relaying what it says; fails as it failed. Returns false, having
     * done nothing, when the forked JVM cannot be put together (the caller runs the goal here).
     */
    boolean run() throws MojoExecutionException, MojoFailureException {
        Log log = goal.getLog();
        Path parameters;
        try {
            parameters = Files.createTempFile("pgdocs-goal", ".ser");
        } catch (IOException e) {
            throw new MojoExecutionException("pgdocs: cannot write the forked goal's parameters: " + e.getMessage(), e);
        }
        try {
            Optional<List<String>> command = command(parameters);
            if (command.isEmpty()) {
                log.warn("pgdocs: the plugin's class path is not known here; running in Maven's JVM");
                return false;
            }
            write(parameters);
            log.info("pgdocs: running in a JVM of its own: " + String.join(" ", tuning.options()));
            return relay(new ProcessBuilder(command.get()).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new MojoExecutionException("pgdocs: cannot start the forked JVM: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(parameters);
            } catch (IOException e) {
                log.debug("pgdocs: cannot remove " + parameters + ": " + e.getMessage());
            }
        }
    }

    private void write(Path file) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeObject(goal.getClass().getName());
            out.writeObject(GoalParameters.of(goal));
        }
    }

    /** Reads the forked JVM's lines into Maven's log until it ends; stops it if Maven is stopped first. */
    private boolean relay(Process forked) throws MojoExecutionException, MojoFailureException {
        Log log = goal.getLog();
        AtomicBoolean stopping = new AtomicBoolean();
        Thread stopper = new Thread(() -> {
            stopping.set(true);
            forked.destroy();
            try {
                forked.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pgdocs-stop-forked");
        Runtime.getRuntime().addShutdownHook(stopper);
        Optional<ForkLog.Line> verdict = Optional.empty();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(forked.getInputStream(), StandardCharsets.UTF_8))) {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                Optional<ForkLog.Line> line = ForkLog.decode(text);
                if (line.isEmpty()) {
                    log.warn(text); // the forked JVM's own words, not the goal's
                } else if (!ForkLog.relay(line.get(), log)) {
                    verdict = line;
                }
            }
            int code = forked.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopper);
            if (verdict.isPresent() && verdict.get().kind() == ForkLog.Kind.FAILURE) {
                throw new MojoFailureException(verdict.get().message());
            }
            if (verdict.isPresent()) {
                throw new MojoExecutionException(verdict.get().message());
            }
            if (code != 0) {
                throw new MojoExecutionException("pgdocs: the forked JVM ended with exit code " + code);
            }
            return true;
        } catch (IOException e) {
            if (stopping.get()) {
                throw BookMojo.interrupted();
            }
            throw new MojoExecutionException("pgdocs: lost the forked JVM's output: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            forked.destroy();
            throw BookMojo.interrupted();
        } catch (IllegalStateException e) {
            throw BookMojo.interrupted(); // Maven's JVM is shutting down: the hook stops the forked JVM
        }
    }

    /**
     * The plugin's class path (its jar and dependencies: the class realm Maven loads it in
     * lists them; loaded by the JVM's own class loader, as in a test, the JVM's class path)
     * and Maven's plugin API, which the goal's classes extend.
     */
    private Optional<String> classPath() {
        Set<String> entries = new LinkedHashSet<>();
        ClassLoader loader = goal.getClass().getClassLoader();
        try {
            if (loader instanceof URLClassLoader realm) {
                for (URL url : realm.getURLs()) {
                    entries.add(Path.of(url.toURI()).toString());
                }
            } else if (loader == ClassLoader.getSystemClassLoader()) {
                entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
            } else {
                return Optional.empty();
            }
            var api = AbstractMojo.class.getProtectionDomain().getCodeSource();
            if (api == null) {
                return Optional.empty();
            }
            entries.add(Path.of(api.getLocation().toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(String.join(File.pathSeparator, entries));
    }

    /** Whether this JVM is a forked goal's. */
    static boolean inFork() {
        return Boolean.getBoolean(ForkedGoalMain.FORKED);
    }
}

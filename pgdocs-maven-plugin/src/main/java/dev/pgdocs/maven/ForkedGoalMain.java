package dev.pgdocs.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The forked JVM's side of {@link ForkedGoal}: makes the goal again from the class name
 * and parameter values Maven's JVM wrote, runs it here, and reports through
 * {@link ForkLog} on standard output. Exits 0 when the goal passed, 1 when it failed the
 * build, 2 when it could not do the work. Standard input stays open while Maven's JVM
 * lives: when it closes, Maven is gone and the goal stops as after Ctrl-C (its shutdown
 * hooks remove what it was writing).
 */
public final class ForkedGoalMain {

    /** Set in the forked JVM, so that its goal runs there instead of forking again. */
    static final String FORKED = "pgdocs.forked";

    private ForkedGoalMain() {
    }

    /** {@code args[0]}: the file of the goal's class and parameters; {@code args[1]}: "debug" for Maven's -X. */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ForkLog log = new ForkLog(out, args.length > 1 && args[1].equals("debug"));
        watchMaven(System.in);
        BookMojo goal;
        try {
            goal = read(Path.of(args[0]));
        } catch (IOException | ReflectiveOperationException e) {
            log.write(ForkLog.Kind.FAULT, "pgdocs: the forked JVM cannot read its goal: " + e);
            System.exit(2);
            return;
        }
        goal.setLog(log);
        int code = 0;
        try {
            goal.execute();
        } catch (MojoFailureException e) {
            log.write(ForkLog.Kind.FAILURE, e.getMessage());
            code = 1;
        } catch (MojoExecutionException e) {
            if (e.getCause() != null) {
                log.debug("pgdocs: cause", e.getCause());
            }
            log.write(ForkLog.Kind.FAULT, e.getMessage());
            code = 2;
        }
        out.flush();
        System.exit(code);
    }

    /** The goal of the class named in {@code file}, its parameters set to the values written there. */
    @SuppressWarnings("unchecked")
    static BookMojo read(Path file) throws IOException, ReflectiveOperationException {
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
            String type = (String) in.readObject();
            Map<String, Serializable> parameters = (Map<String, Serializable>) in.readObject();
            BookMojo goal = (BookMojo) Class.forName(type).getDeclaredConstructor().newInstance();
            GoalParameters.set(goal, parameters);
            return goal;
        }
    }

    /** Ends this JVM, as a stopped build, once Maven's closes the pipe to it. */
    private static void watchMaven(InputStream in) {
        Thread watcher = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // Maven's JVM never writes; the read returns only when it is gone
                }
            } catch (IOException e) {
                // the pipe broke: Maven's JVM is gone all the same
            }
            System.exit(143);
        }, "pgdocs-maven-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}

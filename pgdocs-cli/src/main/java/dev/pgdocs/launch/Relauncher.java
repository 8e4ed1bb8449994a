package dev.pgdocs.launch;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Runs pgdocs in a JVM started with the options its command wants, when the JVM it was
 * started in lacks them: however pgdocs is started ({@code java -jar pgdocs.jar},
 * bin/pgdocs, a test, a build tool), the work runs tuned. The JVM started first only
 * parses the command line, starts the second with the same java, the options, the
 * class-data-sharing archive beside the jar (when there is one), its own {@code -D}
 * properties, the class path and the arguments, shares its terminal, and exits with its
 * exit code.
 *
 * <p>The two are one program to whoever runs it. SIGINT and SIGTERM stop the launching JVM
 * by its shutdown hooks, and one of them stops the other (SIGTERM) and waits for it, so its
 * own hooks remove what it was writing; the launching JVM then exits with 130 or 143 as it
 * would have alone. (Ctrl-C on a terminal reaches both at once; the second signal finds the
 * work already stopping.) If the launching JVM is killed outright, the other halts too,
 * as if killed with it, and leaves what kill -9 leaves (the next build removes it).
 *
 * <p>{@code PGDOCS_JAVA_OPTS} replaces the table's options (and the archive) with its
 * own; {@code -Dpgdocs.relaunch=false} keeps the JVM as it was started. The other JVM
 * options the first JVM was started with configure it alone: they may name another
 * collector than the command's, which one JVM cannot have twice.
 */
public final class Relauncher {

    /** {@code -Dpgdocs.relaunch=false}: run in this JVM, whatever its options. */
    public static final String RELAUNCH = "pgdocs.relaunch";
    /** Given to the started JVM: the process id of the one that started it, which it outlives only halted. */
    static final String LAUNCHER = "pgdocs.launcher";
    /** The environment variable whose options replace the table's, as bin/pgdocs has always taken them. */
    static final String JAVA_OPTS = "PGDOCS_JAVA_OPTS";
    /** What kill -9 makes a JVM's exit code: the started JVM's when its launcher was killed so. */
    private static final int KILLED = 128 + 9;

    private final List<String> jvmArguments;
    private final Map<String, String> env;

    Relauncher(List<String> jvmArguments, Map<String, String> env) {
        this.jvmArguments = List.copyOf(jvmArguments);
        this.env = env;
    }

    /** For this JVM: its own options (as java was given them) and environment. */
    public static Relauncher forThisJvm() {
        return new Relauncher(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getenv());
    }

    /**
     * Runs {@code args} in a JVM with {@code wanted} options, unless this one has them, was
     * started by a launcher, or is told not to; returns that JVM's exit code, or empty when
     * the work is to run here. {@code mainClass} is the class the started JVM runs.
     */
    public OptionalInt run(List<String> wanted, Class<?> mainClass, List<String> args) {
        if (System.getProperty(LAUNCHER) != null) {
            haltWithLauncher(Long.parseLong(System.getProperty(LAUNCHER)));
            return OptionalInt.empty();
        }
        if ("false".equals(System.getProperty(RELAUNCH))) {
            return OptionalInt.empty();
        }
        // PGDOCS_JAVA_OPTS replaces the table, archive and all
        String replaced = env.getOrDefault(JAVA_OPTS, "").trim();
        List<String> tuning = replaced.isEmpty() ? wanted : List.of(replaced.split("\\s+"));
        if (jvmArguments.containsAll(tuning)) {
            return OptionalInt.empty();
        }
        List<String> options = new ArrayList<>(tuning);
        if (replaced.isEmpty()) {
            options.addAll(classDataSharing(mainClass));
        }
        Process tuned;
        try {
            tuned = new ProcessBuilder(command(options, mainClass, args)).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty(); // no second JVM to be had: the work runs here, slower
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(tuned.toHandle()), "pgdocs-relaunched-stop"));
        while (true) {
            try {
                return OptionalInt.of(tuned.waitFor());
            } catch (InterruptedException e) {
                // only a signal ends this JVM's wait, through the shutdown hook above
            }
        }
    }

    /** The java command of the tuned JVM: the same java, the options, this JVM's -D properties, the class path. */
    List<String> command(List<String> options, Class<?> mainClass, List<String> args) {
        List<String> all = new ArrayList<>(options);
        // what the user set for pgdocs (-Djava.io.tmpdir=..., -Dfile.encoding=...) holds in the JVM that does the work
        jvmArguments.stream().filter(a -> a.startsWith("-D") && !a.startsWith("-D" + LAUNCHER + "="))
                .forEach(all::add);
        all.add("-D" + LAUNCHER + "=" + ProcessHandle.current().pid());
        List<String> command = javaCommand(all, mainClass);
        command.addAll(args);
        return command;
    }

    /** The same java as this JVM's, the options, the class path and {@code mainClass}: a command to add arguments to. */
    static List<String> javaCommand(List<String> options, Class<?> mainClass) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass.getName());
        return command;
    }

    /**
     * The class-data-sharing archive that {@code mvn package} records beside the jar
     * (pgdocs.jsa): classes ready-parsed, a quicker start. Unused (and not named) when
     * pgdocs runs from class directories, as in its own tests.
     */
    static List<String> classDataSharing(Class<?> mainClass) {
        return jar(mainClass).map(jar -> jar.resolveSibling("pgdocs.jsa")).filter(Files::isRegularFile)
                .map(archive -> List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
                        "-Xlog:cds=off", "-Xlog:cds+dynamic=off"))
                .orElse(List.of());
    }

    static Optional<Path> jar(Class<?> mainClass) {
        try {
            Path location = Path.of(mainClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty(); // not loaded from a file: no archive beside it
        }
    }

    /**
     * This JVM's class path with every entry absolute: the archive is valid only for the class
     * path it was recorded with, which {@code mvn package} gives absolute.
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Stops the tuned JVM (SIGTERM: it removes what it was writing) and waits for it. */
    static void stop(ProcessHandle tuned) {
        if (tuned.isAlive()) {
            tuned.destroy();
            try {
                tuned.onExit().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // gone either way
            }
        }
    }

    /** In the tuned JVM: when the launcher is gone without stopping this one (kill -9), this one goes too. */
    private static void haltWithLauncher(long launcher) {
        ProcessHandle.of(launcher).ifPresentOrElse(
                handle -> handle.onExit().thenRun(() -> Runtime.getRuntime().halt(KILLED)),
                () -> Runtime.getRuntime().halt(KILLED));
    }
}

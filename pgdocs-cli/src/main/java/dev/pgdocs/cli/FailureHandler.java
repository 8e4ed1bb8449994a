package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.Failure;
import java.io.IOException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failure becomes a message and an exit code. A {@link Failure}
 * says both itself (unreadable input: its file:line:col diagnostic and exit 3; output that
 * cannot be written: the path and why, exit 5); any other exception is a bug, exit 4.
 * Stack traces only with --debug.
 */
public final class FailureHandler implements IExecutionExceptionHandler {

    /** Puts the exit code list into the help of pgdocs and every subcommand. */
    public static void listExitCodes(CommandLine cli) {
        Map<String, String> codes = new java.util.TreeMap<>(java.util.Comparator.comparingInt(Integer::parseInt));
        codes.putAll(ExitCode.HELP);
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        cli.getSubcommands().values().forEach(FailureHandler::listExitCodes);
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (dev.pgdocs.write.OutputDirectory.interrupted()) {
            // SIGINT or SIGTERM took the output from under the build, and pgdocs has said so: this
            // failure is only its echo. The JVM exits with 128 + the signal, not with this code.
            return ExitCode.INTERNAL_ERROR;
        }
        var err = commandLine.getErr();
        boolean debug = debugging(commandLine);
        int code;
        if (causedByOutOfMemory(e)) {
            code = outOfMemory(err); // on a thread of the pipeline's, handed back as a cause
        } else if (e instanceof Failure failure) {
            err.println(failure.report());
            code = failure.exitCode();
        } else if (e instanceof IOException io) {
            err.println("pgdocs: " + describe(io));
            code = ExitCode.INPUT_UNREADABLE;
        } else {
            err.println("pgdocs: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            code = ExitCode.INTERNAL_ERROR;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        return code;
    }

    /**
     * Says that the heap was too small, and how to give a larger one; returns the exit
     * code. The heap each command gets (pipeline/JvmTuning) fits PostgreSQL's manuals; a
     * larger book, or a larger PDF, can need more. The output was never published.
     */
    public static int outOfMemory(java.io.PrintWriter err) {
        err.println("pgdocs: out of memory: this book needs more than the Java heap's "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; run again with a larger heap,"
                + " e.g. PGDOCS_JAVA_OPTS=\"-XX:+UseParallelGC -Xmx2g\" (it replaces pgdocs' own JVM options"
                + " for the command); nothing was published");
        err.flush();
        return ExitCode.OUT_OF_MEMORY;
    }

    private static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Unnamed file trouble in words: the file and why, not the exception's class. */
    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason() : "the file system refused it");
        }
        return e.getMessage() != null ? e.getMessage() : "an input or output error";
    }

    /** --debug is inherited by every subcommand, and sets the top command's field wherever it is given. */
    private static boolean debugging(CommandLine commandLine) {
        CommandLine top = commandLine;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top.getCommand() instanceof PgdocsCommand pgdocs && pgdocs.debug();
    }
}

package dev.pgdocs.cli;

import dev.pgdocs.load.LoadException;
import dev.pgdocs.resolve.InventoryException;
import dev.pgdocs.xslt.StylesheetException;
import java.io.IOException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failure becomes a message and an exit code. Unreadable input
 * gets its file:line:col diagnostic and exit 3; output that cannot be written, the path
 * and why, exit 5; anything unexpected is a bug, exit 4.
 * Stack traces only with --debug.
 */
public final class FailureHandler implements IExecutionExceptionHandler {

    private final boolean debug;

    public FailureHandler(boolean debug) {
        this.debug = debug;
    }

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
        int code;
        if (e instanceof LoadException load) {
            if (load.diagnostics().isEmpty()) {
                err.println("pgdocs: " + load.getMessage());
            } else {
                load.diagnostics().forEach(err::println);
            }
            code = ExitCode.INPUT_UNREADABLE;
        } else if (e instanceof InventoryException inventory) {
            err.println(inventory.toDiagnostic());
            code = ExitCode.INPUT_UNREADABLE;
        } else if (e instanceof StylesheetException stylesheet) {
            err.println("pgdocs: " + stylesheet.getMessage());
            code = ExitCode.INPUT_UNREADABLE;
        } else if (e instanceof dev.pgdocs.write.OutputRefusedException refused) {
            err.println("pgdocs: " + refused.getMessage());
            code = ExitCode.USAGE;
        } else if (e instanceof dev.pgdocs.write.pdf.PdfException pdf) {
            err.println("pgdocs: " + pdf.getMessage());
            code = ExitCode.INPUT_UNREADABLE;
        } else if (e instanceof dev.pgdocs.write.OutputWriteException output) {
            err.println("pgdocs: " + output.getMessage());
            code = ExitCode.OUTPUT_UNWRITABLE;
        } else if (e instanceof IOException io) {
            err.println("pgdocs: " + io);
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
}

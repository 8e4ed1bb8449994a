package dev.pgdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A command line gets the model of the subcommand it names only; anything else gets them all. */
class SubcommandChoiceTest {

    private static List<Class<?>> chosen(String... args) {
        return PgdocsCommand.subcommands(args).stream().<Class<?>>map(Object::getClass).toList();
    }

    private static final List<Class<?>> ALL = List.of(BuildCommand.class, CheckCommand.class,
            InventoryCommand.class, ServeCommand.class, DiffCommand.class, DaemonCommand.class);

    @Test
    void theNamedSubcommandAloneAfterTheTopCommandsOptions() {
        assertEquals(List.of(CheckCommand.class), chosen("check", "book.sgml"));
        assertEquals(List.of(BuildCommand.class), chosen("--debug", "build", "--format", "pdf", "book.sgml"));
        assertEquals(List.of(DiffCommand.class), chosen("diff", "--help"));
    }

    @Test
    void everySubcommandInUsageOrderWhenNoneIsNamed() {
        assertEquals(ALL, chosen());
        assertEquals(ALL, chosen("--help"));
        assertEquals(ALL, chosen("--version"));
        assertEquals(ALL, chosen("chek", "book.sgml")); // picocli says what is unknown
    }

    @Test
    void everySubcommandWhenPicocliReadsTheArgumentsItself() {
        assertEquals(ALL, chosen("@arguments.txt"));
        assertEquals(ALL, chosen("--", "check"));
    }

    @Test
    void theCommandLineRunsTheNamedSubcommandWithTheInheritedOption() {
        // --debug is the top command's, inherited: the subcommand added alone must still take it
        String[] args = {"check", "--debug", "book.sgml"};
        var parsed = CommandLineRuns.commandLine(args).parseArgs(args);
        assertInstanceOf(CheckCommand.class, parsed.subcommand().commandSpec().userObject());
        assertEquals(true, parsed.subcommand().hasMatchedOption("--debug"));
    }
}

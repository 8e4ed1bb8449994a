package dev.pgdocs.cli;

import dev.pgdocs.render.HtmlStyle;
import picocli.CommandLine.Option;

/** The --style option of the commands that write HTML (build, serve, diff). */
public final class HtmlStyleOption {

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "default",
            description = "HTML: default (pgdocs' reading theme, with search) or website (what PostgreSQL's"
                    + " `make html STYLE=website` writes, for postgresql.org to import).")
    HtmlStyle style = HtmlStyle.DEFAULT;

    HtmlStyle style() {
        return style;
    }
}

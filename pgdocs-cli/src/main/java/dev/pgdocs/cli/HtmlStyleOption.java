package dev.pgdocs.cli;

import dev.pgdocs.render.HtmlStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The --style option of the commands that write HTML (build, serve, diff). */
public final class HtmlStyleOption {

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "default", converter = SiteStyle.class,
            description = "HTML: default (pgdocs' reading theme, with search) or website (what PostgreSQL's"
                    + " `make html STYLE=website` writes, for postgresql.org to import).")
    HtmlStyle style = HtmlStyle.DEFAULT;

    HtmlStyle style() {
        return style;
    }

    /** The styles of an HTML site; the EPUB's is --format epub's own. */
    static final class SiteStyle implements ITypeConverter<HtmlStyle> {
        @Override
        public HtmlStyle convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "default" -> HtmlStyle.DEFAULT;
                case "website" -> HtmlStyle.WEBSITE;
                default -> throw new TypeConversionException("expected default or website");
            };
        }
    }
}

package dev.pgdocs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Patches with non-ASCII text read the same whatever charset the platform defaults to. */
class UnifiedDiffTextTest {

    private static final String PATCH = """
            diff --git a/doc/größe.sgml b/doc/größe.sgml
            --- a/doc/größe.sgml
            +++ b/doc/größe.sgml
            @@ -1,2 +1,2 @@
             <para>Schlüssel \u0001 stays</para>
            -<para>alte Größe — “quoted”</para>
            +<para>neue Größe — “quoted” 日本</para>
            """;

    @Test
    void underAsciiTheLinesAndNamesKeepEveryCharacter() throws Exception {
        UnifiedDiff ascii = UnifiedDiffText.parse(PATCH, StandardCharsets.US_ASCII);
        UnifiedDiff utf8 = UnifiedDiffText.parse(PATCH, StandardCharsets.UTF_8);
        UnifiedDiffFile file = ascii.getFiles().get(0);
        assertEquals("doc/größe.sgml", file.getToFile());
        var delta = file.getPatch().getDeltas().get(0);
        assertEquals(List.of("<para>Schlüssel \u0001 stays</para>", "<para>alte Größe — “quoted”</para>"),
                delta.getSource().getLines());
        assertEquals(List.of("<para>Schlüssel \u0001 stays</para>", "<para>neue Größe — “quoted” 日本</para>"),
                delta.getTarget().getLines());
        assertEquals(utf8.getFiles().get(0).getPatch().getDeltas().toString(), file.getPatch().getDeltas().toString());
    }

    @Test
    void escapesRoundTrip() {
        String text = "a\u0001b ü 𝄞 \u00010041";
        assertEquals(text, UnifiedDiffText.unescape(UnifiedDiffText.escape(text)));
    }
}

package dev.pgdocs.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * This JVM's options as its command line gave them ({@code -D}, {@code -X}, ...), for a run
 * that passes its command line to the resident JVM. The JDK says them through its management
 * beans, whose start costs such a run about 30 ms of its 0.2 s; on Linux the command line is
 * in /proc/self/cmdline, read here up to the main class or jar. A command line this reading
 * cannot be sure of (an {@code @argfile}, which the launcher expands) is left to the beans.
 * The options of JDK_JAVA_OPTIONS and JAVA_TOOL_OPTIONS are not on the command line, and
 * not here: the resident JVM's address already depends on both variables.
 */
final class JvmArguments {

    /** The launcher's options whose value is the next word (java --help lists them). */
    private static final Set<String> WITH_VALUE = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--upgrade-module-path", "--add-modules", "--limit-modules", "--add-reads", "--add-exports",
            "--add-opens", "--patch-module", "--enable-native-access", "--source");
    private static final Set<String> CLASS_PATH = Set.of("-cp", "-classpath", "--class-path");

    private JvmArguments() {
    }

    /** This JVM's options. */
    static List<String> ofThisJvm() {
        Optional<List<String>> read = fromCommandLine(Path.of("/proc/self/cmdline"));
        return read.isPresent() ? read.get() : ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** The options in a /proc cmdline file (words ended by NUL); empty when unsure or unreadable. */
    static Optional<List<String>> fromCommandLine(Path cmdline) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(cmdline);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        Charset charset = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                words.add(new String(bytes, start, i - start, charset));
                start = i + 1;
            }
        }
        return options(words);
    }

    /** The options in a command line's words, the program's name first; empty when unsure. */
    static Optional<List<String>> options(List<String> words) {
        List<String> options = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("@")) {
                return Optional.empty(); // an argument file: the launcher's to read
            }
            if (!word.startsWith("-") || word.equals("-jar") || word.equals("-m") || word.equals("--module")
                    || word.startsWith("--module=")) {
                return Optional.of(options); // the main class, jar or module: the program's arguments follow
            }
            if (WITH_VALUE.contains(word)) {
                if (i + 1 == words.size()) {
                    return Optional.empty();
                }
                String value = words.get(++i);
                if (!CLASS_PATH.contains(word)) {
                    options.add(word + "=" + value); // as the beans give it; the class path they leave out
                }
            } else {
                options.add(word);
            }
        }
        return Optional.empty(); // no main class: not a command line this reading knows
    }
}

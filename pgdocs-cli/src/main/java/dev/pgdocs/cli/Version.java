package dev.pgdocs.cli;

import picocli.CommandLine.IVersionProvider;

/** --version: pgdocs' own version (from the jar) and the Java it runs on. */
final class Version implements IVersionProvider {
    /** pgdocs' version, from the jar's manifest. */
    static String number() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "pgdocs " + number(),
            "Saxon-HE " + net.sf.saxon.Version.getProductVersion() + ", Java " + Runtime.version()
        };
    }
}

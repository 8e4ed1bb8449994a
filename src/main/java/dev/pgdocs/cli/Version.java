package dev.pgdocs.cli;

import picocli.CommandLine.IVersionProvider;

/** --version: pgdocs' own version (from the jar) and the Java it runs on. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {
            "pgdocs " + (version == null ? "(development build)" : version),
            "Saxon-HE " + net.sf.saxon.Version.getProductVersion() + ", Java " + Runtime.version()
        };
    }
}

package dev.pgdocs.load;

import org.xml.sax.Locator;

/**
 * The locator Saxon reads source locations from: the parser's, except while recorded
 * events are played back, when it gives the location recorded with each start tag.
 */
final class ReplayLocator implements Locator {

    private Locator parser;
    private boolean replaying;
    private String systemId;
    private int line;
    private int column;

    void parser(Locator locator) {
        this.parser = locator;
    }

    void set(String recordedSystemId, int recordedLine, int recordedColumn) {
        replaying = true;
        systemId = recordedSystemId;
        line = recordedLine;
        column = recordedColumn;
    }

    void done() {
        replaying = false;
    }

    @Override
    public String getPublicId() {
        return replaying || parser == null ? null : parser.getPublicId();
    }

    @Override
    public String getSystemId() {
        return replaying || parser == null ? systemId : parser.getSystemId();
    }

    @Override
    public int getLineNumber() {
        return replaying || parser == null ? line : parser.getLineNumber();
    }

    @Override
    public int getColumnNumber() {
        return replaying || parser == null ? column : parser.getColumnNumber();
    }
}

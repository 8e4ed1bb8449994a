package dev.pgdocs.write.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The fields of FOP's intermediate-format writer that hold each page sequence's recorded
 * structure events are private: a FOP that renames them would leave the recordings held
 * to the end of the book, and a PDF of PostgreSQL's manual then ran the resident JVM out
 * of memory.
 */
class SequenceReleasingSerializerTest {

    @Test
    void thisFopKeepsItsStructureRecordingsWhereTheSerializerLetsGoOfThem() {
        assertTrue(SequenceReleasingSerializer.canRelease(),
                "IFSerializer.structureTreeBuilder, IFSerializer.pageSequenceIndex or"
                        + " IFStructureTreeBuilder.pageSequenceEventRecorders is gone from this FOP");
    }
}

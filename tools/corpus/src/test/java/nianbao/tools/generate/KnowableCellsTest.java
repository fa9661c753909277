package nianbao.tools.generate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The deduction rule on one row (6 parts + total): known only when the arithmetic leaves one non-negative answer. */
class KnowableCellsTest {
    private static final List<KnowableCells.Eq> ROW = List.of(new KnowableCells.Eq(new int[]{0, 1, 2, 3, 4, 5}, new int[]{6}));

    // Blank applicant cells followed by a total: the blanks must be 0.
    @Test
    void blankPartsUnderAMatchingTotalAreZero() {
        Long[] known = {3L, null, null, 1L, null, null, 4L};
        assertArrayEquals(new Long[]{3L, 0L, 0L, 1L, 0L, 0L, 4L}, KnowableCells.solve(7, known, ROW, List.of()));
    }

    @Test
    void oneMissingPartIsTheDifference() {
        Long[] known = {3L, 2L, 0L, 0L, 0L, null, 9L};
        assertEquals(4L, KnowableCells.solve(7, known, ROW, List.of())[5]);
    }

    @Test
    void twoMissingPartsWithSlackStayUnknown() {
        Long[] known = {3L, null, 0L, 0L, 0L, null, 9L};
        Long[] s = KnowableCells.solve(7, known, ROW, List.of());
        assertNull(s[1]);
        assertNull(s[5]);
    }

    // 「7 | 1 | 8」: a collapsed row on its own; 8 need not be the total (7, 1, 8 could be three parts of 16).
    @Test
    void collapsedRowAloneFixesNothing() {
        Long[] s = KnowableCells.solve(7, new Long[7], ROW, List.of(new KnowableCells.Collapsed(new int[]{0, 1, 2, 3, 4, 5, 6}, new long[]{7, 1, 8})));
        for (Long x : s) assertNull(x);
    }

    // The same row when the column constraints pin the total to 8 (known from elsewhere) and 自然人 to 7.
    @Test
    void collapsedRowIsPlacedWhenTheOtherConstraintsLeaveOneReading() {
        List<KnowableCells.Eq> eqs = List.of(ROW.get(0), new KnowableCells.Eq(new int[]{6}, new int[]{7}), new KnowableCells.Eq(new int[]{0}, new int[]{8}));
        Long[] known = new Long[9];
        known[7] = 8L;
        known[8] = 7L;
        Long[] s = KnowableCells.solve(9, known, eqs, List.of(new KnowableCells.Collapsed(new int[]{0, 1, 2, 3, 4, 5, 6}, new long[]{7, 1, 8})));
        assertEquals(7L, s[0]);
        assertEquals(8L, s[6]);
        assertNull(s[1], "the 1 may sit in any of the five 法人 columns");
    }

    // 「0」 alone in a row whose other cells were dropped: every placement gives 0 everywhere... except it does not
    // say the row is all zero unless the arithmetic forces it; here a lone 0 may be the total, forcing all parts 0.
    @Test
    void collapsedRowWithASingleValueIsPlacedWhenOnlyOnePlacementFits() {
        // 5 with a total of 5 printed elsewhere in the column constraints: here only the row, so 5 may be any part
        // or the total: not placeable.
        Long[] s = KnowableCells.solve(7, new Long[7], ROW, List.of(new KnowableCells.Collapsed(new int[]{0, 1, 2, 3, 4, 5, 6}, new long[]{5})));
        assertNull(s[0]);
        assertNull(s[6]);
    }

    @Test
    void placementsAreEveryOrderedChoice() {
        assertEquals(35, KnowableCells.placements(7, 3).size());
        assertEquals(7, KnowableCells.placements(7, 1).size());
    }
}

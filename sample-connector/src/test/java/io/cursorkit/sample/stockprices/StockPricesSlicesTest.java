package io.cursorkit.sample.stockprices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockPricesSlicesTest {
    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void aFirstSyncReadsEveryMonthFromTheStartDateToToday() throws Exception {
        LocalDate start = THIS_MONTH.minusMonths(2).atDay(20);
        assertEquals(
                List.of(THIS_MONTH.minusMonths(2), THIS_MONTH.minusMonths(1), THIS_MONTH),
                stream(start).months(null));
    }

    @Test
    void aLaterSyncStartsAtTheMonthOfTheSavedCursor() throws Exception {
        LocalDate start = THIS_MONTH.minusMonths(5).atDay(1);
        LocalDate since =
                THIS_MONTH.minusMonths(1).atDay(31 > THIS_MONTH.minusMonths(1).lengthOfMonth() ? 28 : 31);
        assertEquals(
                List.of(THIS_MONTH.minusMonths(1), THIS_MONTH), stream(start).months(since));
    }

    @Test
    void aSavedCursorBeforeTheStartDateDoesNotReadBeforeIt() throws Exception {
        LocalDate start = THIS_MONTH.atDay(1);
        assertEquals(List.of(THIS_MONTH), stream(start).months(start.minusYears(3)));
    }

    @Test
    void aStartDateInTheFutureHasNoSlices() throws Exception {
        assertTrue(stream(THIS_MONTH.plusMonths(1).atDay(1)).months(null).isEmpty());
    }

    private StockPrices stream(LocalDate start) throws Exception {
        Path file = Files.createFile(directory.resolve("empty-" + System.nanoTime() + ".sqlite"));
        return new StockPrices(new StockPricesConfig("jdbc:sqlite:" + file, null, null, start, null));
    }
}

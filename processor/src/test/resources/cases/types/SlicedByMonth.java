package types;

import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;

/** @Slices returning List with no parameter; read(S slice) returning Iterator; toString() slices. */
@Stream(primaryKey = "id")
public final class SlicedByMonth {
    @Slices
    public List<YearMonth> months() {
        return List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
    }

    public Iterator<Item> read(YearMonth slice) {
        return List.of(new Item((long) slice.getMonthValue(), "slice=" + slice)).iterator();
    }
}

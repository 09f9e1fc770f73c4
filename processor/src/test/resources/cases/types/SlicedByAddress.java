package types;

import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.util.ArrayDeque;
import java.util.List;

/** @Slices returning an Iterable of records; read(S slice) returning Iterable; no cursor. */
@Stream
public final class SlicedByAddress {
    @Slices
    public Iterable<Address> slices() {
        return new ArrayDeque<>(List.of(new Address("A", 1), new Address("B", 2)));
    }

    public Iterable<Address> read(Address slice) {
        return List.of(slice);
    }
}

package shop;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

/** A child of a parent without cursor, both generic in the config: partitions as an Iterable. */
@Stream
public final class RegionNotes {
    @Partitions(parent = Regions.class)
    public Iterable<String> regions(java.util.stream.Stream<Region> regions) {
        return regions.map(Region::code).toList();
    }

    public List<Note> read(String region, LocalDate since) {
        return List.of(new Note(region, LocalDate.parse("2024-01-01")));
    }
}

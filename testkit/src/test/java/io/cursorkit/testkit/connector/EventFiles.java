package io.cursorkit.testkit.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/** The event logs of the owned-state streams: {@code <data_dir>/<stream>.csv}, one event a line. */
final class EventFiles {
    private EventFiles() {}

    /** The events of the file, in log order; none when it does not exist. */
    static List<Event> events(CasesConfig config, String stream) {
        Path file = Path.of(config.dataDir(), stream + ".csv");
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Event> events = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    String[] fields = line.split(",", -1);
                    events.add(new Event(fields[0], fields[1], fields[2]));
                }
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code events} (failing as the config says), telling {@code handedOut} about each event as it is
     * handed out: the moment the stream's position may move, never when an event is fetched.
     */
    static Iterator<Event> tracked(CasesConfig config, String stream, List<Event> events, Consumer<Event> handedOut) {
        Iterator<Event> all = DataFiles.failing(config, stream, events);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public Event next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Event event = all.next();
                handedOut.accept(event);
                return event;
            }
        };
    }
}

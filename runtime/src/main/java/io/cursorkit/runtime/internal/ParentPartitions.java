package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.ParentLink;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

/**
 * The partitions of a child stream ({@code @Partitions(parent = ...)}), made from its parent's
 * records (API.md, "Parent and child streams"). The parent is read here, through its own adapter,
 * for the child alone: its records are not emitted and its own state is not touched.
 *
 * <p>The rules that make an incremental parent safe:
 *
 * <ul>
 *   <li>The parent is read from a cursor only when the child's state holds one under {@code
 *       cursorkit.parent}, and then every partition that state lists is read too, in the state's
 *       order, before the ones the parent yields: a partition is never skipped because its parent
 *       record did not change.
 *   <li>A state holds the parent's cursor only when it lists every partition ({@link
 *       PartitionCursors#keepEvery}); over {@code maxInState} it holds none, and the next sync reads
 *       the parent whole (a WARN says so and what it costs).
 *   <li>A parent cursor or a partition of the state that no longer reads as one (a changed type)
 *       is not trusted: the parent is read whole, with a WARN.
 *   <li>A full refresh child, a parent without cursor, or partitions with no readable JSON form:
 *       the parent is read whole, on every sync.
 * </ul>
 *
 * A partition yielded twice (a parent record at the saved cursor, or two records mapped to one
 * partition) is read once, at its first place.
 */
final class ParentPartitions {
    private ParentPartitions() {}

    /**
     * The partitions to read and the parent cursor to keep in the child's states.
     *
     * @param partitions in reading order, each once
     * @param parentCursor the parent's cursor as JSON text, or null when the states keep none
     */
    record Listing<S>(List<S> partitions, String parentCursor) {}

    /**
     * Reads the parent for {@code child} and lists the child's partitions.
     *
     * @param resume the child's resume point; {@link ResumePoint#start()} for a full refresh child
     */
    static <G, T, P, S> Listing<S> list(
            ParentLink<G, T, P, S> link,
            T child,
            G config,
            StreamInfo childInfo,
            StateSerializer<?, S> childSerializer,
            ResumePoint<?> resume,
            boolean incremental,
            ProtocolWriter out)
            throws Exception {
        return new Run<>(link, link.parent(), child, childInfo, childSerializer, out).list(config, resume, incremental);
    }

    /** One listing, the parent's types captured. */
    private static final class Run<G, T, P, S, PT, PC extends Comparable<? super PC>> {
        private final ParentLink<G, T, P, S> link;
        private final GeneratedStream<G, PT, P, PC, ?> parent;
        private final T child;
        private final StreamInfo childInfo;
        private final StateSerializer<?, S> childSerializer;
        private final ProtocolWriter out;
        private final String names;

        Run(
                ParentLink<G, T, P, S> link,
                GeneratedStream<G, PT, P, PC, ?> parent,
                T child,
                StreamInfo childInfo,
                StateSerializer<?, S> childSerializer,
                ProtocolWriter out) {
            this.link = link;
            this.parent = parent;
            this.child = child;
            this.childInfo = childInfo;
            this.childSerializer = childSerializer;
            this.out = out;
            this.names = "Stream '" + StreamDescriptor.of(childInfo) + "' (partitions from its parent '"
                    + StreamDescriptor.of(parent.info()) + "')";
        }

        Listing<S> list(G config, ResumePoint<?> resume, boolean incremental) throws Exception {
            boolean keeps = incremental && parent.info().incremental() && link.readsPartitions();
            PC since = null;
            Map<String, S> partitions = new LinkedHashMap<>();
            if (keeps && resume.parentCursor() != null) {
                try {
                    since = parent.stateSerializer().readCursor(resume.parentCursor());
                    for (String known : resume.knownPartitions()) {
                        partitions.put(known, link.readPartition(JsonTrees.parse(known)));
                    }
                } catch (JsonValueException e) {
                    since = null;
                    partitions.clear();
                    out.log(
                            ProtocolWriter.Level.WARN,
                            names + ": the state's parent cursor " + JsonTrees.text(resume.parentCursor())
                                    + " or one of its partitions no longer reads as such (" + e.getMessage()
                                    + "); the parent is read whole, which costs reading all its records and"
                                    + " loses nothing.");
                }
            }
            int fromState = partitions.size();
            PT object = parent.create(config);
            List<?> slices = parent.slices(object, since);
            if (slices == null || slices.size() != 1) {
                throw new IllegalStateException(
                        "the parent stream must have one slice, found " + (slices == null ? "null" : slices.size()));
            }
            Kept records = new Kept(read(object, slices.get(0), since), since);
            List<S> fromParent;
            try (java.util.stream.Stream<P> stream =
                    StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)) {
                fromParent = link.partitions(child, stream);
            } finally {
                records.records.close();
            }
            if (fromParent == null) {
                throw new IllegalStateException("the partitions method returned null instead of a list");
            }
            for (S partition : fromParent) {
                partitions.putIfAbsent(text(partition), partition);
            }
            String cursor = keeps && records.max != null ? cursorText(records.max) : null;
            log(since, records.count, fromState, partitions.size(), cursor);
            return new Listing<>(new ArrayList<>(partitions.values()), cursor);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private CloseableIterator<P> read(PT object, Object slice, PC since) throws Exception {
            CloseableIterator<P> records = ((GeneratedStream) parent).read(object, slice, since);
            if (records == null) {
                throw new IllegalStateException("the parent's read returned null");
            }
            return records;
        }

        private void log(PC since, long read, int fromState, int total, String cursor) {
            String how = since == null
                    ? "read whole (" + read + " records)"
                    : "read from " + parent.info().cursorField() + " " + cursorText(since) + " on (" + read
                            + " records), with the " + fromState + " partitions its state knows";
            out.log(ProtocolWriter.Level.INFO, names + ": parent " + how + "; " + total + " partitions to read.");
            if (cursor != null && total > childInfo.maxPartitions()) {
                out.log(
                        ProtocolWriter.Level.WARN,
                        names + ": " + total + " partitions, more than the " + childInfo.maxPartitions()
                                + " its state keeps (@Partitions(maxInState)). The state cannot list them"
                                + " all, so it keeps no parent cursor: the next sync reads the parent whole"
                                + " again (about " + read + " records or more) and the partitions left out"
                                + " from their start (their records again: duplicates, never loss).");
            }
        }

        private String text(S partition) throws IOException {
            StringWriter text = new StringWriter();
            try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(text)) {
                childSerializer.writeSlice(partition, g);
            }
            return JsonTrees.text(JsonTrees.parse(text.toString()));
        }

        private String cursorText(PC cursor) {
            StringWriter text = new StringWriter();
            try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(text)) {
                parent.stateSerializer().writeCursor(cursor, g);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return text.toString();
        }

        /** The parent's records the child sees: none below {@code since}; notes the highest cursor. */
        private final class Kept implements Iterator<P> {
            final CloseableIterator<P> records;
            private final PC since;
            PC max;
            long count;
            private P next;

            Kept(CloseableIterator<P> records, PC since) {
                this.records = records;
                this.since = since;
                this.max = since;
            }

            @Override
            public boolean hasNext() {
                while (next == null && records.hasNext()) {
                    P record = records.next();
                    PC cursor = parent.cursor(record);
                    if (cursor != null && since != null && cursor.compareTo(since) < 0) {
                        continue; // the state's partitions already cover what came before
                    }
                    next = record;
                }
                return next != null;
            }

            @Override
            public P next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                P record = next;
                next = null;
                // noted when handed over: a record the partitions method never took moves nothing
                PC cursor = parent.cursor(record);
                if (cursor != null && (max == null || cursor.compareTo(max) > 0)) {
                    max = cursor;
                }
                count++;
                return record;
            }
        }
    }
}

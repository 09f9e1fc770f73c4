package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Explains lost records of an incremental stream by where their cursor sits relative to the
 * states the scenario's runs resumed from, so that a failure names the likely mistake in the
 * connector rather than only the records.
 *
 * <p>Each lost record falls in one group:
 *
 * <ul>
 *   <li><b>at the state</b>: its cursor equals the cursor of a state a run resumed from. The run
 *       left out records equal to {@code since}: {@code read} filters {@code > since} instead of
 *       {@code >= since}.
 *   <li><b>below the state, records unsorted</b>: its cursor is below the state and the stream's
 *       records came out of cursor order. A state in the middle of the stream named a cursor
 *       above records not emitted yet, and the resume skipped them.
 *   <li><b>below every state, records sorted</b>: a state named a cursor above records that came
 *       after it.
 *   <li><b>above the state</b>: a run resumed from a state below it, and yet never delivered it;
 *       {@code read(since)} filtered by something else than the cursor, or skipped records.
 * </ul>
 *
 * Records with no cursor value, or whose cursor cannot be compared with the states, are not
 * explained. A stream that returns too much (one that ignores {@code since}) loses nothing and
 * never gets here.
 */
final class LossDiagnosis {
    private LossDiagnosis() {}

    /**
     * Sentences explaining the lost records of one stream, one per group found; empty when there is
     * nothing to say.
     *
     * @param cursorPath the stream's cursor field (one name, or a path)
     * @param lost the {@code data} of every lost record
     * @param resumedFrom the cursor values of the states the scenario's runs resumed from, in the
     *     order of the runs (no nulls)
     * @param reference the {@code data} of the stream's records in the uninterrupted sync, in order
     */
    static List<String> explain(
            List<String> cursorPath, List<JsonNode> lost, List<JsonNode> resumedFrom, List<JsonNode> reference) {
        if (cursorPath.isEmpty() || lost.isEmpty() || resumedFrom.isEmpty()) {
            return List.of();
        }
        String cursor = String.join(".", cursorPath);
        String disorder = disorder(cursorPath, reference);
        List<JsonNode> atState = new ArrayList<>();
        List<JsonNode> below = new ArrayList<>();
        List<JsonNode> above = new ArrayList<>();
        Set<String> equalTo = new LinkedHashSet<>();
        Set<String> aboveOf = new LinkedHashSet<>();
        for (JsonNode data : lost) {
            JsonNode value = StreamKeys.at(data, cursorPath);
            if (value.isNull()) {
                continue;
            }
            JsonNode equal = null;
            JsonNode highestBelow = null;
            boolean comparable = false;
            boolean belowAll = true;
            for (JsonNode state : resumedFrom) {
                Integer order = CursorOrder.compare(value, state);
                if (order == null) {
                    continue;
                }
                comparable = true;
                if (order == 0) {
                    equal = state;
                } else if (order > 0) {
                    if (highestBelow == null || greater(state, highestBelow)) {
                        highestBelow = state;
                    }
                }
                if (order >= 0) {
                    belowAll = false;
                }
            }
            if (!comparable) {
                continue;
            }
            if (equal != null) {
                atState.add(data);
                equalTo.add(Json.brief(equal));
            } else if (belowAll || (disorder != null && !aboveEvery(value, resumedFrom))) {
                below.add(data);
            } else {
                above.add(data);
                aboveOf.add(Json.brief(highestBelow));
            }
        }
        int total = lost.size();
        List<String> sentences = new ArrayList<>();
        if (!atState.isEmpty()) {
            sentences.add(count(atState.size(), total) + " cursor " + cursor + " EQUAL to the cursor of "
                    + (equalTo.size() == 1 ? "the state the run" : "the states the runs") + " resumed from ("
                    + String.join(", ", equalTo) + "): read(since) must return the "
                    + "records whose cursor equals since, not only those above it. Filter with " + cursor
                    + " >= since, not " + cursor + " > since: a STATE can fall between records that share one "
                    + "cursor value, and the ones after it are delivered only if read returns them again.");
        }
        if (!below.isEmpty() && disorder != null) {
            sentences.add(count(below.size(), total) + " cursor " + cursor + " BELOW the cursor of "
                    + (resumedFrom.size() == 1 ? "the state the run" : "the highest state a run") + " resumed from ("
                    + Json.brief(highest(resumedFrom)) + "), and the stream's records came "
                    + "unsorted (" + disorder + "): a STATE emitted in the middle of the stream named a cursor "
                    + "above records not emitted yet, and the resumed sync skipped them. Return the records "
                    + "sorted by " + cursor + ", or declare no @CheckpointInterval so that the stream emits its "
                    + "state only once it has read everything.");
        } else if (!below.isEmpty()) {
            sentences.add(count(below.size(), total) + " cursor " + cursor + " BELOW the cursor of every state a "
                    + "run resumed from (the lowest: " + Json.brief(lowest(resumedFrom)) + "), though the records "
                    + "came sorted: a STATE named a cursor above records that had not been emitted yet. A STATE's "
                    + "cursor must be that of a record emitted before it, never a value still to come.");
        }
        if (!above.isEmpty()) {
            sentences.add(count(above.size(), total) + " cursor " + cursor + " ABOVE the cursor of "
                    + (aboveOf.size() == 1 ? "the state the run" : "the states the runs") + " resumed from ("
                    + String.join(", ", aboveOf) + "), yet " + (aboveOf.size() == 1 ? "that run" : "those runs")
                    + " never delivered " + (above.size() == 1 ? "it" : "them") + ": "
                    + "read(since) left out records that are above since. Filter by the cursor " + cursor
                    + " alone (" + cursor + " >= since), not by another field, and skip no record on a resumed "
                    + "sync.");
        }
        return sentences;
    }

    private static String count(int group, int total) {
        if (group == total) {
            return total == 1 ? "the lost record has" : "every lost record has";
        }
        return group + " of the " + total + " lost records " + (group == 1 ? "has" : "have");
    }

    /** Where the reference breaks cursor order, as "a after b (records i and i+1)"; null if sorted. */
    private static String disorder(List<String> cursorPath, List<JsonNode> reference) {
        JsonNode previous = null;
        for (int i = 0; i < reference.size(); i++) {
            JsonNode value = StreamKeys.at(reference.get(i), cursorPath);
            if (value.isNull()) {
                continue;
            }
            Integer order = previous == null ? null : CursorOrder.compare(value, previous);
            if (order != null && order < 0) {
                return "in the uninterrupted sync, record " + (i + 1) + " has " + String.join(".", cursorPath) + " "
                        + Json.brief(value) + " after " + Json.brief(previous);
            }
            if (order == null || order > 0) {
                previous = value;
            }
        }
        return null;
    }

    private static boolean aboveEvery(JsonNode value, List<JsonNode> states) {
        for (JsonNode state : states) {
            Integer order = CursorOrder.compare(value, state);
            if (order != null && order <= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean greater(JsonNode a, JsonNode b) {
        Integer order = CursorOrder.compare(a, b);
        return order != null && order > 0;
    }

    private static JsonNode highest(List<JsonNode> values) {
        JsonNode best = values.get(0);
        for (JsonNode value : values) {
            if (greater(value, best)) {
                best = value;
            }
        }
        return best;
    }

    private static JsonNode lowest(List<JsonNode> values) {
        JsonNode best = values.get(0);
        for (JsonNode value : values) {
            if (greater(best, value)) {
                best = value;
            }
        }
        return best;
    }
}

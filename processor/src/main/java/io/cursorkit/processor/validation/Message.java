package io.cursorkit.processor.validation;

import java.util.Locale;

/**
 * Every compile-time diagnostic of cursorkit, with its stable tag. A message says which rule was
 * broken, what was found, and what to write instead; its tag stays the same across releases so
 * that people can search for it.
 */
public enum Message {
    STREAM_NOT_CLASS(
            "@Stream applies to classes, but %s is %s. Declare the stream as a public class with a read method."),
    STREAM_ABSTRACT("@Stream class %s is abstract, so it cannot be created. Remove 'abstract' and implement read."),
    STREAM_NOT_PUBLIC("@Stream class %s is not public, so the generated code cannot use it. Declare it 'public'."),
    STREAM_INNER_CLASS("@Stream class %s is an inner class. Declare it 'static' or move it to the top level."),
    STREAM_GENERIC("@Stream class %s has type parameters. Remove them: a stream class is a plain class."),
    STREAM_CONSTRUCTOR(
            "@Stream class %s has no public constructor that takes no argument or takes the @Connector type %s."
                    + " Add 'public %s()' or 'public %s(%s config)'."),
    STREAM_NAME_INVALID(
            "@Stream name \"%s\" is not valid: use letters, digits and underscores only, such as \"stock_prices\"."),
    STREAM_NAME_DUPLICATE("@Stream name \"%s\" is already used by %s; stream names are unique in a connector."
            + " Give one of them another name with @Stream(name = \"...\")."),
    READ_MISSING("@Stream class %s has no public method named read. Add one, such as 'public Iterable<MyRecord> read()'"
            + " (with the parameters (C since), (S slice) or (S slice, C since) where they apply)."),
    READ_NOT_PUBLIC("read of @Stream class %s is not public. Declare it 'public'."),
    READ_STATIC("read of @Stream class %s is static. Remove 'static': read is an instance method."),
    READ_DUPLICATE(
            "@Stream class %s has %d public methods named read; it must have exactly one. Keep one, rename the others."),
    READ_RETURN_TYPE("read returns %s, but it must return Iterable<R>, Iterator<R> or java.util.stream.Stream<R>"
            + " of a record type R, such as Iterable<StockPrice>."),
    READ_PARAMETERS("read(%s) does not match a form cursorkit accepts: %s Write %s."),
    READ_SINCE_TYPE("read's parameter '%s' has type %s, but the cursor %s of %s has type %s. Declare it as '%s %s'."),
    READ_SLICE_TYPE(
            "read's parameter '%s' has type %s, but @Slices method %s returns slices of %s. Declare it as '%s %s'."),
    RECORD_TYPE_INVALID("read returns elements of %s, which is not a record type. Return a Java record, or a class with"
            + " private fields and public getters."),
    RECORD_NO_PROPERTIES(
            "record type %s has no JSON properties (record components, or private fields with public getters,"
                    + " that are not @JsonIgnore). Add at least one."),
    PROPERTY_UNSUPPORTED_TYPE(
            "property '%s' has type %s, which has no JSON form in cursorkit. Use String, a number, boolean,"
                    + " LocalDate, LocalDateTime, OffsetDateTime, ZonedDateTime, Instant, an enum, a List, Set or array"
                    + " of them, Map<String, V>, or a record."),
    PROPERTY_DUPLICATE_NAME(
            "JSON property name \"%s\" is used by both '%s' and '%s' of %s. Rename one with @JsonProperty(\"...\")."),
    PROPERTY_RECURSIVE(
            "property '%s' of %s refers back to %s, and recursive types have no JSON Schema. Break the cycle,"
                    + " for example with an id property."),
    MAP_KEY_TYPE("property '%s' is a map with keys of type %s; JSON object keys are strings. Use Map<String, V>."),
    CURSOR_DUPLICATE(
            "record type %s has %d @CursorField properties (%s); a stream has one cursor. Keep @CursorField on one."),
    CURSOR_NOT_COMPARABLE(
            "@CursorField '%s' has type %s, which is not Comparable, so records cannot be ordered by it. Use"
                    + " String, a number, LocalDate, LocalDateTime, OffsetDateTime, ZonedDateTime, Instant or an enum."),
    CURSOR_TYPE("@CursorField '%s' has type %s, which has no single JSON value to keep in the state. Use String, a"
            + " number, LocalDate, LocalDateTime, OffsetDateTime, ZonedDateTime, Instant or an enum."),
    CURSOR_IGNORED("@CursorField '%s' is also @JsonIgnore, so the cursor would be missing from records and state."
            + " Remove @JsonIgnore, or put @CursorField on a property that is written."),
    CHECKPOINT_INTERVAL_INVALID(
            "@CheckpointInterval(%d) on %s: the interval is the number of records between states and must be"
                    + " at least 1, such as @CheckpointInterval(1000)."),
    CHECKPOINT_WITHOUT_CURSOR(
            "@CheckpointInterval on %s, but its record type %s has no @CursorField, so there is no order to"
                    + " checkpoint. Add @CursorField to the record's cursor property, or remove @CheckpointInterval."),
    SLICES_STATIC("@Slices method %s is static. Remove 'static': it is called on the stream object."),
    SLICES_NOT_PUBLIC("@Slices method %s is not public. Declare it 'public'."),
    SLICES_DUPLICATE("@Stream class %s has more than one @Slices method (%s). Keep @Slices on one of them."),
    SLICES_RETURN_TYPE(
            "@Slices method %s returns %s, but it must return List<S>, Iterable<S> or java.util.stream.Stream<S>,"
                    + " such as List<YearMonth>."),
    SLICES_PARAMETERS("@Slices method %s(%s) must take no parameter or (%s since). %s"),
    PRIMARY_KEY_UNKNOWN("@Stream primaryKey \"%s\" is not a JSON property of %s (its properties: %s).%s"
            + " Name the key by the properties' JSON names."),
    PRIMARY_KEY_DUPLICATE("@Stream primaryKey lists \"%s\" twice. List each property once."),
    PRIMARY_KEY_TYPE(
            "@Stream primaryKey \"%s\" has type %s; a key part must be a string, number, boolean, date, time or"
                    + " enum. Choose another property."),
    CONNECTOR_MISSING(
            "@Stream class %s needs a @Connector type in the same compilation, and there is none. Annotate the"
                    + " configuration record with @Connector(name = \"source-...\")."),
    CONNECTOR_DUPLICATE(
            "@Connector is on both %s and %s; a compilation has one connector. Keep @Connector on one config type."),
    CONNECTOR_NAME_INVALID(
            "@Connector name \"%s\" is not valid: use lower-case words of letters and digits joined by dashes,"
                    + " such as \"source-stock-prices\"."),
    CONNECTOR_TYPE_INVALID(
            "@Connector type %s %s. Annotate a public record, or a public class with a public no-arg constructor,"
                    + " private fields and public getters and setters."),
    CONNECTOR_SETTER("property '%s' of @Connector class %s has no public setter, so the config cannot be filled in."
            + " Add 'public void %s(%s value)', or make the config type a record."),
    TYPE_UNRESOLVED("%s refers to type %s, which could not be resolved. Check the type's name and imports, or the"
            + " processor that generates it."),
    FILE_NOT_WRITTEN("cursorkit could not write %s for %s: %s. Check the build's output directories."),
    INTERNAL_ERROR("cursorkit failed on %s (this is a bug in cursorkit, please report it with this message): %s");

    private final String template;

    Message(String template) {
        this.template = template;
    }

    /** The stable tag, such as {@code CursorkitStreamNotPublic}. */
    public String tag() {
        StringBuilder tag = new StringBuilder("Cursorkit");
        for (String word : name().split("_")) {
            tag.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return tag.toString();
    }

    /** The message with its tag: {@code [CursorkitStreamNotPublic] @Stream class ...}. */
    public String format(Object... args) {
        return "[" + tag() + "] " + String.format(Locale.ROOT, template, args);
    }
}

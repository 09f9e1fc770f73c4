package io.cursorkit.processor.diagnostics;

/**
 * Every diagnostic the processor reports, with a stable tag: the one catalogue, so no message text
 * is written anywhere else. Each message names the rule, what was found and what to write instead;
 * arguments fill the {@code %s} placeholders in order. A tag never changes once released, and no
 * two messages share one.
 */
public enum Message {
    STREAM_NOT_CLASS(
            "CursorkitStreamNotClass",
            "@Stream applies to a class, but %s is %s. Declare the stream as a public class with a read method."),
    STREAM_ABSTRACT(
            "CursorkitStreamAbstract",
            "@Stream class %s is abstract. Make it a concrete class: the runtime creates it."),
    STREAM_NOT_PUBLIC(
            "CursorkitStreamNotPublic",
            "@Stream class %s is not public. Declare it public (and static, with public enclosing classes, when"
                    + " nested)."),
    STREAM_NO_CONSTRUCTOR(
            "CursorkitStreamConstructor",
            "@Stream class %s has no public constructor that takes no argument or takes the @Connector type. Add"
                    + " public %s() or public %s(<YourConfig> config)."),
    READ_MISSING(
            "CursorkitReadMissing",
            "@Stream class %s has no public method named read. Add one returning Iterable<R>, Iterator<R> or"
                    + " Stream<R> of your record type R."),
    READ_DUPLICATE(
            "CursorkitReadDuplicate", "@Stream class %s has more than one public read method. Keep exactly one."),
    READ_RETURN_TYPE(
            "CursorkitReadReturnType",
            "read returns %s. Return Iterable<R>, Iterator<R> or java.util.stream.Stream<R> of a record or"
                    + " JavaBean type R of your own (not an enum, a JDK type, a generic or a private type)."),
    READ_PARAMETERS("CursorkitReadParameters", "read(%s) does not match any allowed form. Write %s."),
    READ_SLICE_WITHOUT_SLICES(
            "CursorkitReadSliceWithoutSlices",
            "read takes a slice parameter of type %s, but the stream has no @Slices method. Add a public @Slices"
                    + " method returning List<%s>, or remove the parameter."),
    READ_SINCE_TYPE(
            "CursorkitReadSinceType",
            "read's since parameter is %s, but the cursor field %s is %s. Declare it as %s since."),
    CURSOR_DUPLICATE(
            "CursorkitCursorDuplicate",
            "%s has more than one @CursorField (%s and %s). Keep @CursorField on exactly one property."),
    CURSOR_NOT_COMPARABLE(
            "CursorkitCursorNotComparable",
            "@CursorField %s has type %s, which is not Comparable. Use a String, a number, a date or time type"
                    + " (LocalDate, LocalDateTime, OffsetDateTime, Instant, ...) or an enum."),
    CURSOR_NO_JSON_FORM(
            "CursorkitCursorNoJsonForm",
            "@CursorField %s has type %s, which has no JSON form cursorkit can write and read back in state."
                    + " Use a String, a number, a date or time type (LocalDate, LocalDateTime, OffsetDateTime,"
                    + " Instant, ...) or an enum."),
    SECRET_OUTSIDE_CONFIG(
            "CursorkitSecretOutsideConfig",
            "@Secret on %s, a property of a record that a stream emits: records are data and go out as"
                    + " they are, so nothing would be masked. @Secret marks properties of the @Connector type"
                    + " (and of the types it holds); remove it here, and leave the value out of the record"
                    + " (@JsonIgnore) if it must not reach the destination."),
    CURSOR_IGNORED(
            "CursorkitCursorIgnored",
            "@CursorField %s is also @JsonIgnore, so records would not carry it. Remove @JsonIgnore or move"
                    + " @CursorField."),
    RECORD_NO_PROPERTIES(
            "CursorkitRecordNoProperties",
            "record type %s has no JSON properties. Use a record, or a class with private fields and public"
                    + " getters."),
    TYPE_UNSUPPORTED(
            "CursorkitUnsupportedType",
            "property %s has type %s, which has no JSON form. Use a String, number, boolean, date or time type,"
                    + " enum, List/Set/array, Map<String, V>, or a record or JavaBean."),
    PROPERTY_DUPLICATE(
            "CursorkitPropertyDuplicate",
            "JSON property \"%s\" appears twice in %s (%s and %s). Rename one with @JsonProperty, or hide one"
                    + " with @JsonIgnore."),
    TYPE_NOT_ACCESSIBLE(
            "CursorkitTypeNotAccessible",
            "property %s has type %s, which is private, so generated code cannot use it. Make it package-private"
                    + " or public."),
    TYPE_RECURSIVE(
            "CursorkitRecursiveType",
            "property %s refers back to %s, and a JSON Schema cannot be recursive. Break the cycle."),
    TYPE_UNRESOLVED(
            "CursorkitUnresolvedType",
            "%s refers to a type that does not exist: %s. Fix the name or the processor that should generate it."),
    CURSOR_OPTION_NOT_RECORD(
            "CursorkitCursorOptionNotRecord",
            "%s, an option of the cursor choice %s, is %s. Make each option a record that is not private or"
                    + " generic, holding one component: @CursorOption(\"<property>\") record %s(<type> since)"
                    + " implements %s {}."),
    CURSOR_OPTION_MISSING(
            "CursorkitCursorOptionMissing",
            "%s, an option of the cursor choice %s, has no @CursorOption. Annotate it with"
                    + " @CursorOption(\"<property>\") naming the property of %s it stands for, or remove it from"
                    + " %s."),
    CURSOR_OPTION_UNKNOWN(
            "CursorkitCursorOptionUnknown",
            "@CursorOption names \"%s\", which is not a JSON property of %s.%s Properties that can serve as a"
                    + " cursor: %s."),
    CURSOR_OPTION_TYPE(
            "CursorkitCursorOptionType",
            "@CursorOption names \"%s\", whose type %s cannot be a cursor: it has no scalar JSON form to compare"
                    + " and keep in the state. Choose a property of a String, number, date or time, or enum type:"
                    + " %s."),
    CURSOR_OPTION_DUPLICATE(
            "CursorkitCursorOptionDuplicate",
            "options %s and %s of the cursor choice %s both stand for \"%s\". Keep one option per property."),
    CURSOR_OPTION_COMPONENT(
            "CursorkitCursorOptionComponent",
            "%s stands for \"%s\" of type %s, so it holds exactly one component, that property's since, of"
                    + " the boxed type: (%s since). Found (%s)."),
    CURSOR_CHOICE_CURSOR_FIELD(
            "CursorkitCursorChoiceCursorField",
            "%s marks %s with @CursorField, but read takes the cursor choice %s, whose default (its first"
                    + " option) stands for \"%s\". The @CursorField property must be the default: list its option"
                    + " first, or remove @CursorField."),
    CURSOR_CHOICE_UNUSED(
            "CursorkitCursorChoiceUnused",
            "%s lists cursor options, but read does not take it, so the user's choice would never reach read."
                    + " Take it as read's last parameter, in place of since: read(..., %s cursor)."),
    CHECKPOINT_INTERVAL_NOT_POSITIVE(
            "CursorkitCheckpointInterval",
            "@CheckpointInterval(%s) must be at least 1. Write, for example, @CheckpointInterval(1000)."),
    CHECKPOINT_INTERVAL_WITHOUT_CURSOR(
            "CursorkitCheckpointIntervalWithoutCursor",
            "@CheckpointInterval on %s, whose record type %s has no @CursorField. Add @CursorField to the"
                    + " property records are sorted by, add @ResumableFullRefresh if they come sorted by their"
                    + " primary key, or remove @CheckpointInterval."),
    RESUMABLE_WITH_CURSOR(
            "CursorkitResumableWithCursor",
            "@ResumableFullRefresh on %s, whose record type %s has @CursorField %s: synced incremental, the"
                    + " stream already resumes from its cursor. Remove @ResumableFullRefresh, or remove"
                    + " @CursorField to make it a full refresh stream resumable by its primary key."),
    RESUMABLE_WITH_STREAM_STATE(
            "CursorkitResumableWithStreamState",
            "@ResumableFullRefresh on %s, which also has the @StreamState method %s: the stream keeps its position"
                    + " in its own state. Remove @ResumableFullRefresh, or remove the @StreamState method to let"
                    + " cursorkit keep the last primary key."),
    RESUMABLE_WITHOUT_KEY(
            "CursorkitResumableWithoutKey",
            "@ResumableFullRefresh on %s, which declares no primaryKey: a resumed sync starts after the last key"
                    + " it checkpointed. Name the property read sorts its records by: @Stream(primaryKey = \"id\")."),
    RESUMABLE_COMPOSITE_KEY(
            "CursorkitResumableCompositeKey",
            "@ResumableFullRefresh on %s, whose primaryKey has %s properties (%s): a full refresh stream resumes"
                    + " after a key of one property. Declare a primaryKey of one unique property that read sorts"
                    + " by, or remove @ResumableFullRefresh."),
    RESUMABLE_WITHOUT_INTERVAL(
            "CursorkitResumableWithoutInterval",
            "@ResumableFullRefresh on %s without @CheckpointInterval: without one the stream checkpoints only at"
                    + " its end and never resumes. Add @CheckpointInterval(1000), or another number of records"
                    + " between two states."),
    RESUMABLE_WITH_SLICES(
            "CursorkitResumableWithSlices",
            "@ResumableFullRefresh on %s, which also has the @%s method %s: a stream resumable by key is read in"
                    + " one ascending pass. Remove the method and read every record in key order, or remove"
                    + " @ResumableFullRefresh."),
    READ_AFTER_TYPE(
            "CursorkitReadAfterType",
            "read's parameter is %s, but the stream is @ResumableFullRefresh with primary key %s of type %s, which"
                    + " read receives to resume after. Declare it as %s after (null when the sync starts from the"
                    + " beginning), or take no parameter."),
    SLICES_STATIC("CursorkitSlicesStatic", "@Slices method %s is static. Make it an instance method."),
    SLICES_NOT_PUBLIC("CursorkitSlicesNotPublic", "@Slices method %s is not public. Declare it public."),
    SLICES_DUPLICATE(
            "CursorkitSlicesDuplicate", "@Stream class %s has more than one @Slices method. Keep exactly one."),
    SLICES_RETURN_TYPE(
            "CursorkitSlicesReturnType",
            "@Slices method %s returns %s. Return List<S>, Iterable<S> or java.util.stream.Stream<S>."),
    SLICES_PARAMETERS("CursorkitSlicesParameters", "@Slices method %s takes (%s). Write %s."),
    PARTITIONS_STATIC("CursorkitPartitionsStatic", "@Partitions method %s is static. Make it an instance method."),
    PARTITIONS_NOT_PUBLIC("CursorkitPartitionsNotPublic", "@Partitions method %s is not public. Declare it public."),
    PARTITIONS_DUPLICATE(
            "CursorkitPartitionsDuplicate", "@Stream class %s has more than one @Partitions method. Keep exactly one."),
    PARTITIONS_RETURN_TYPE(
            "CursorkitPartitionsReturnType",
            "@Partitions method %s returns %s. Return List<P>, Iterable<P> or java.util.stream.Stream<P> of the"
                    + " partition type P (an account id, a ticker, a record)."),
    PARTITIONS_PARAMETERS(
            "CursorkitPartitionsParameters",
            "@Partitions method %s takes (%s). Write it without parameters: each partition has its own since,"
                    + " which read receives (or, to make the partitions from another stream's records, name it in"
                    + " @Partitions(parent = ...) and take java.util.stream.Stream<ItsRecord>)."),
    PARTITIONS_WITH_SLICES(
            "CursorkitPartitionsWithSlices",
            "@Stream class %s has both @Partitions and @Slices. Keep @Partitions and page inside read, or keep"
                    + " @Slices and drop the per-partition cursors."),
    PARTITIONS_WITHOUT_CURSOR(
            "CursorkitPartitionsWithoutCursor",
            "@Partitions on %s, whose record type %s has no @CursorField, so there is no cursor to keep per"
                    + " partition. Add @CursorField, or use @Slices to split a full refresh stream."),
    PARTITIONS_MAX_IN_STATE(
            "CursorkitPartitionsMaxInState",
            "@Partitions(maxInState = %s) must be at least 1. Leave it out for the default, 10000."),
    PARTITIONS_PARENT_NOT_STREAM(
            "CursorkitPartitionsParentNotStream",
            "@Partitions(parent = %s.class) names a class without @Stream. Name a @Stream class of this connector,"
                    + " whose records make the partitions, or leave parent out."),
    PARTITIONS_PARENT_CYCLE(
            "CursorkitPartitionsParentCycle",
            "@Partitions(parent = %s.class) on %s makes a cycle: %s. A parent is read before its child, so no"
                    + " stream may be its own ancestor. Name another parent, or list the partitions without one."),
    PARTITIONS_PARENT_SPLIT(
            "CursorkitPartitionsParentSplit",
            "@Partitions(parent = %s.class): %s has %s, but a parent is read whole (or from its one cursor) for"
                    + " its child. Name a stream without @Slices and @Partitions (a child of a child is not"
                    + " supported: make the grandparent the parent, and read the middle level inside read)."),
    PARTITIONS_PARENT_PARAMETER(
            "CursorkitPartitionsParentParameter",
            "@Partitions method %s takes (%s), but its parent %s gives records of type %s. Write %s and map each"
                    + " record to its partition."),
    READ_WITHOUT_PARTITION(
            "CursorkitReadWithoutPartition",
            "read takes (%s), but the stream has @Partitions method %s: read must take the partition first, so"
                    + " that it reads one partition from that partition's since. Write read(%s partition, %s since)"
                    + " or read(%s partition)."),
    STREAM_STATE_METHOD(
            "CursorkitStreamStateMethod",
            "@StreamState method %s must be public, not static, and take no parameters. Write public <YourState>"
                    + " %s() returning the state that covers the records read has returned so far."),
    STREAM_STATE_DUPLICATE(
            "CursorkitStreamStateDuplicate",
            "@Stream class %s has more than one @StreamState method. Keep exactly one."),
    STREAM_STATE_TYPE(
            "CursorkitStreamStateType",
            "@StreamState method %s returns %s. Return a record (or a public class with a public no-arg"
                    + " constructor and setters) of your own whose properties have a JSON form, so that the state"
                    + " can be written and read back."),
    STREAM_STATE_RESERVED(
            "CursorkitStreamStateReserved",
            "state type %s has a property \"cursorkit\", which is where cursorkit keeps what it adds to a state."
                    + " Rename it with @JsonProperty."),
    STREAM_STATE_WITH_CURSOR(
            "CursorkitStreamStateWithCursor",
            "@Stream class %s has a @StreamState method, and its record type %s has @CursorField %s: the state"
                    + " would have two owners. Keep @CursorField and let cursorkit keep the cursor, or remove it and"
                    + " keep the position in your state."),
    STATE_VERSION_INVALID(
            "CursorkitStateVersion", "@StateVersion(%s) on %s must be at least 1. Number versions 1, 2, 3, ..."),
    STATE_VERSION_ON_STREAM(
            "CursorkitStateVersionOnStream",
            "@StateVersion on @Stream class %s, which has a @StreamState method: the version of a state the stream"
                    + " owns belongs to the state record that method returns. Put it there."),
    STATE_VERSION_WITHOUT_STATE(
            "CursorkitStateVersionWithoutState",
            "@StateVersion on @Stream class %s, which keeps no state (its record type has no @CursorField and it"
                    + " has no @StreamState method). Remove it, or give the stream a cursor."),
    STATE_VERSION_DUPLICATE(
            "CursorkitStateVersionDuplicate",
            "%s and %s both have @StateVersion(%s). Give each state type of a stream its own version."),
    STATE_MIGRATION_METHOD(
            "CursorkitStateMigrationMethod",
            "@StateMigration method %s must be public static, take one parameter (an older state record, a"
                    + " JsonNode for a state without a version, or a scalar for a bare value) and return a state"
                    + " record with a @StateVersion. Found %s."),
    STATE_MIGRATION_WITHOUT_STATE(
            "CursorkitStateMigrationWithoutState",
            "@StateMigration method %s is in %s, which has neither a @StreamState method nor a @CursorField, so"
                    + " there is no state to migrate to. Add one, or remove the migration."),
    STATE_MIGRATION_FROM(
            "CursorkitStateMigrationFrom",
            "@StateMigration(from = %s) on %s, a migration to the @StreamState type: such a migration reads the"
                    + " version of its parameter's type. Remove from, and annotate the parameter's record with"
                    + " @StateVersion."),
    CURSOR_MIGRATION_METHOD(
            "CursorkitCursorMigrationMethod",
            "@StateMigration method %s of a stream with @CursorField %s must be public static, take one parameter"
                    + " (an older cursor value as a scalar, or the whole older state as a JsonNode) and return the"
                    + " cursor's type %s. Found %s."),
    CURSOR_MIGRATION_WITHOUT_VERSION(
            "CursorkitCursorMigrationWithoutVersion",
            "@StateMigration method %s is in %s, which has no @StateVersion: it would migrate every state,"
                    + " including the ones this release writes. Put @StateVersion(1) (or the next version) on %s."),
    CURSOR_MIGRATION_FROM(
            "CursorkitCursorMigrationFrom",
            "@StateMigration(from = %s) on %s: the stream's states are version %s, so a migration reads an older"
                    + " one, from 0 (states without a version) to %s."),
    STATE_MIGRATION_ORDER(
            "CursorkitStateMigrationOrder",
            "@StateMigration method %s migrates from %s to %s (version %s), which is not newer. A migration goes"
                    + " from an older version to a newer one: annotate its result with a higher @StateVersion."),
    STATE_MIGRATION_DUPLICATE(
            "CursorkitStateMigrationDuplicate",
            "@StateMigration methods %s and %s both migrate from %s. Keep one migration per version."),
    STATE_MIGRATION_GAP(
            "CursorkitStateMigrationGap",
            "@StateMigration method %s leads to %s (version %s), but no @StateMigration starts from that version and"
                    + " it is not the current version %s: a state migrated this far could not be read. Add a"
                    + " migration from %s to a newer version."),
    PRIMARY_KEY_UNKNOWN(
            "CursorkitPrimaryKeyUnknown",
            "primaryKey names \"%s\", which is not a JSON property of %s.%s Properties: %s."),
    PRIMARY_KEY_NOT_SCALAR(
            "CursorkitPrimaryKeyNotScalar",
            "primaryKey names \"%s\", whose type %s is not a scalar. Use properties of string, number, boolean,"
                    + " date or enum type."),
    STREAM_NAME_INVALID(
            "CursorkitStreamName",
            "stream name \"%s\" is not valid. Use letters, digits and underscores only, such as \"stock_prices\"."),
    STREAM_NAME_DUPLICATE(
            "CursorkitStreamNameDuplicate",
            "stream name \"%s\" is used by both %s and %s. Give one of them another @Stream(name = ...)."),
    CONNECTOR_MISSING(
            "CursorkitConnectorMissing",
            "@Stream %s needs a @Connector type in the same compilation. Annotate your configuration record with"
                    + " @Connector(name = \"source-...\")."),
    CONNECTOR_DUPLICATE(
            "CursorkitConnectorDuplicate",
            "@Connector on %s, but %s is already the @Connector type. Keep exactly one per compilation."),
    CONNECTOR_NOT_CONFIG_TYPE(
            "CursorkitConnectorType",
            "@Connector applies to a record or a public class with a public no-arg constructor and setters, but %s"
                    + " is %s. Declare the configuration as a public record."),
    CONNECTOR_MAX_CONCURRENCY(
            "CursorkitMaxConcurrency",
            "@Connector(maxConcurrency = %s) must be from 1 to %s. Leave it out to read one thing at a time."),
    CONFIG_CONCURRENCY_CLASH(
            "CursorkitConcurrencyProperty",
            "config property %s is named \"concurrency\", the property that @Connector(maxConcurrency = %s) adds to"
                    + " the spec for the runtime. Rename it (@JsonProperty), or remove maxConcurrency to keep it as"
                    + " your own."),
    CONNECTOR_NAME_INVALID(
            "CursorkitConnectorName",
            "@Connector name \"%s\" is not valid. Use lower case words joined by dashes, such as"
                    + " \"source-stock-prices\"."),
    CONFIG_TYPE_UNSUPPORTED(
            "CursorkitConfigType",
            "config property %s has type %s, which cannot be read from the config. Use a String, number, boolean,"
                    + " date or time type, enum, record, sealed interface of records, or a List, Set or"
                    + " Map<String, V> of those. Not supported: Java arrays, lists or maps whose elements are"
                    + " lists or maps, and classes without a public no-arg constructor."),
    CONFIG_NOT_SETTABLE(
            "CursorkitConfigNotSettable",
            "config property %s of %s has no public setter. Add one, or declare the configuration as a record."),
    CONFIG_CHOICE_NOT_SEALED(
            "CursorkitConfigChoiceNotSealed",
            "config property %s has type %s, an interface that is not sealed, so its options are unknown. Declare"
                    + " it sealed with a record per option: public sealed interface %s permits OptionA, OptionB {}."),
    CONFIG_CHOICE_OPTION(
            "CursorkitConfigChoiceOption",
            "%s, an option of the sealed interface %s, is %s. Make each option of a config choice a record (or a"
                    + " public class with a public no-arg constructor and setters); a choice inside a choice is not"
                    + " supported."),
    CONFIG_CHOICE_VALUE_DUPLICATE(
            "CursorkitConfigChoiceValueDuplicate",
            "options %s and %s of %s both have the %s value \"%s\". Give one of them another with"
                    + " @JsonTypeName(\"...\")."),
    CONFIG_CHOICE_DISCRIMINATOR_CLASH(
            "CursorkitConfigChoiceDiscriminator",
            "%s, an option of %s, has its own property \"%s\", which is the discriminator that tells the options"
                    + " apart. Rename the property with @JsonProperty, or name another discriminator with"
                    + " @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"...\") on %s."),
    CONFIG_CHOICE_TYPE_INFO(
            "CursorkitConfigChoiceTypeInfo",
            "@JsonTypeInfo on %s has %s, but a config choice is told apart by a property holding a name, outside the"
                    + " records' own properties. Write"
                    + " @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"...\"), or leave @JsonTypeInfo out"
                    + " (the property is then \"type\")."),
    STREAM_CONFIG_MISMATCH(
            "CursorkitStreamConfigType",
            "@Stream %s takes %s in its constructor, but the @Connector type is %s. Take %s."),
    WINDOW_WITHOUT_CURSOR(
            "CursorkitWindowWithoutCursor",
            "@CursorWindow on %s, whose record type %s has no @CursorField: a window bounds a cursor. Add"
                    + " @CursorField to the property that orders the records, or remove @CursorWindow."),
    WINDOW_NEEDS_CONFIG(
            "CursorkitWindowConfig",
            "@CursorWindow on %s reads config properties, but %s has no public constructor taking the @Connector"
                    + " type. Add public %s(<YourConfig> config)."),
    WINDOW_PROPERTY_UNKNOWN(
            "CursorkitWindowPropertyUnknown",
            "@CursorWindow(%s = \"%s\"): %s has no JSON property \"%s\".%s Name a top-level property of the"
                    + " @Connector type by its JSON name; properties: %s."),
    WINDOW_PROPERTY_TYPE(
            "CursorkitWindowPropertyType",
            "@CursorWindow(%s = \"%s\"): the config property has type %s, but the cursor %s is %s, so %s"
                    + " must be %s. Change the property's type, or remove %s from @CursorWindow."),
    WINDOW_FUTURE_MARGIN(
            "CursorkitWindowFutureMargin",
            "@CursorWindow(futureMargin = \"%s\") %s. Write an ISO-8601 duration of 0 or more, such as \"PT5M\","
                    + " on a stream whose cursor is a date or time (LocalDate, LocalDateTime, OffsetDateTime,"
                    + " ZonedDateTime, Instant), or leave futureMargin out."),
    LATE_ELEMENT(
            "CursorkitLateElement",
            "%s was generated after the connector had been generated. Declare it in source, not from another"
                    + " processor's last round."),
    PROCESSOR_BUG(
            "CursorkitBug",
            "cursorkit failed on %s: %s. This is a bug in cursorkit; please report it with this element.");

    private final String tag;
    private final String format;

    Message(String tag, String format) {
        this.tag = tag;
        this.format = format;
    }

    /** The message text with its tag: {@code [CursorkitReadMissing] ...}. */
    public String format(Object... args) {
        return "[" + tag + "] " + String.format(format, args);
    }

    String tag() {
        return tag;
    }
}

package choice;

/** No @JsonTypeInfo and no permits clause: the options are the records declared here. */
public sealed interface Pagination {
    record PageNumber(int size) implements Pagination {}

    record CursorPages() implements Pagination {}
}

package dir;

public record Employee(long number, String name) {}

package choice;

public record Item(String id) {}

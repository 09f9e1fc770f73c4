package parts;

public record Account(String id, int region) {}

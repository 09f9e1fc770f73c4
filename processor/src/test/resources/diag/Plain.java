package diag;

public record Plain(String name) {}

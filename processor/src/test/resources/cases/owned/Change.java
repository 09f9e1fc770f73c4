package owned;

public record Change(String id, String drive) {}

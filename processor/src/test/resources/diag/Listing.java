package diag;

public record Listing(String id, String region, long size) {}

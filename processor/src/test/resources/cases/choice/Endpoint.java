package choice;

import io.cursorkit.annotations.Secret;

public record Endpoint(String url, @Secret String token, int weight) {}

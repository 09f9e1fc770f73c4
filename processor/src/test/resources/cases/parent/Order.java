package shop;

import io.cursorkit.annotations.CursorField;
import java.time.LocalDate;

public record Order(String customer, String id, @CursorField LocalDate placed) {}

package shop;

import io.cursorkit.annotations.CursorField;
import java.time.LocalDate;

public record Customer(String id, String name, @CursorField LocalDate updated) {}

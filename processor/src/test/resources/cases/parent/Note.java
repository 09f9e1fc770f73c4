package shop;

import io.cursorkit.annotations.CursorField;
import java.time.LocalDate;

public record Note(String customer, @CursorField LocalDate day) {}

package diag;

import java.time.LocalDate;
import java.util.List;

public record ChoiceRow(long id, LocalDate day, String name, List<String> tags) {}

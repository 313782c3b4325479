package ma.socialhub.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendMonthsTest {

    @Test
    void everyDayOfARangeIsReadOnceEitherInAWholeMonthOrInALooseRange() {
        LocalDate start = LocalDate.of(2025, 12, 20);
        for (int offset = 0; offset < 80; offset++) {
            LocalDate from = start.plusDays(offset);
            for (int length = 0; length < 120; length++) {
                LocalDate to = from.plusDays(length);
                TrendQueries.Months months = TrendQueries.Months.within(from, to);
                List<LocalDate> read = new ArrayList<>();
                if (months.any()) {
                    months.first().datesUntil(months.end().plusDays(1)).forEach(read::add);
                }
                for (LocalDate[] range : months.looseDays(from, to)) {
                    assertThat(range[0]).as("a loose range starts before it ends").isBeforeOrEqualTo(range[1]);
                    range[0].datesUntil(range[1].plusDays(1)).forEach(read::add);
                }
                assertThat(read).as(from + " to " + to).containsExactlyInAnyOrderElementsOf(from.datesUntil(to.plusDays(1)).toList());
            }
        }
    }

    @Test
    void aRangeOfWholeMonthsHasNoLooseDay() {
        assertThat(TrendQueries.Months.within(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))
                .looseDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))).isEmpty();
    }
}

package ma.socialhub.supervision;

import ma.socialhub.base.i18n.LocalizedText;

/** One center of an area today: its figures, its open counters, and whether a line is over target. */
public record CenterLive(long centerId, String code, LocalizedText name, int provinceId, short regionId, LiveFigures figures,
        int countersOpen, int countersAtAll, boolean overTarget) {
}

package vn.khaothi.itembank.domain.item;

/**
 * Cognitive level of an item (mức độ nhận thức). Secondary schools (TT22) write items at four
 * levels, primary schools (TT27) at three (regulations.md §3), so every level belongs to one
 * {@link LevelScheme}.
 */
public enum CognitiveLevel {
    /** Nhận biết — knowing. */
    NB(LevelScheme.SECONDARY),
    /** Thông hiểu — understanding. */
    TH(LevelScheme.SECONDARY),
    /** Vận dụng — applying. */
    VD(LevelScheme.SECONDARY),
    /** Vận dụng cao — applying at a high level. */
    VDC(LevelScheme.SECONDARY),
    /** Mức 1 — knowing (primary). */
    M1(LevelScheme.PRIMARY),
    /** Mức 2 — connecting (primary). */
    M2(LevelScheme.PRIMARY),
    /** Mức 3 — applying (primary). */
    M3(LevelScheme.PRIMARY);

    private final LevelScheme scheme;

    CognitiveLevel(LevelScheme scheme) {
        this.scheme = scheme;
    }

    public LevelScheme scheme() {
        return scheme;
    }
}

package vn.khaothi.rules.tt27;

import java.util.List;

/**
 * The cognitive levels (mức độ nhận thức) items of an education level are written at: primary
 * M1/M2/M3 (Mức 1 knowing, Mức 2 connecting, Mức 3 applying; TT27), secondary NB/TH/VD/VDC
 * (nhận biết, thông hiểu, vận dụng, vận dụng cao; TT22).
 */
public record CognitiveLevelScheme(List<String> levels) {

    public CognitiveLevelScheme {
        levels = List.copyOf(levels);
    }
}

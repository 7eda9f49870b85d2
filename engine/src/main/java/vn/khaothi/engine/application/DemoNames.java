package vn.khaothi.engine.application;

/** Made-up but plausible Vietnamese names for the demo students, stable for a given number. */
final class DemoNames {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE_M = {"Văn", "Minh", "Quốc", "Đức", "Gia", "Hữu"};
    private static final String[] MIDDLE_F = {"Thị", "Ngọc", "Thu", "Thanh", "Khánh", "Bảo"};
    private static final String[] GIVEN_M = {"An", "Bình", "Cường", "Dũng", "Huy", "Khang", "Long", "Nam", "Phúc", "Quân",
        "Sơn", "Tài", "Thắng", "Trí", "Việt", "Vinh"};
    private static final String[] GIVEN_F = {"Anh", "Chi", "Giang", "Hà", "Hân", "Linh", "Mai", "My", "Ngân", "Nhi",
        "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Vy"};

    private DemoNames() {
    }

    static String studentName(int n) {
        boolean female = n % 2 == 0;
        String family = FAMILY[(n * 7) % FAMILY.length];
        String middle = (female ? MIDDLE_F : MIDDLE_M)[(n * 5) % MIDDLE_M.length];
        String given = (female ? GIVEN_F : GIVEN_M)[(n * 3 + n / 16) % GIVEN_M.length];
        return family + " " + middle + " " + given;
    }
}

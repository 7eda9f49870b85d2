package vn.khaothi.itembank.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.khaothi.itembank.application.bank.ItemQuery;
import vn.khaothi.itembank.domain.search.SearchText;
import vn.khaothi.itembank.infrastructure.jpa.SearchKey;
import vn.khaothi.itembank.infrastructure.jpa.ItemSearchSql;

/**
 * Filtered search over a 100,000-item bank (target: p95 under 50 ms) against a real MariaDB, with
 * the very SQL the application runs ({@link ItemSearchSql}: a count and a page per search), and in
 * the same run a baseline: the same row fetched by primary key. Builds its own database from the
 * bank's Flyway migration. Not a test: {@code ./mvnw -f item-bank/pom.xml -Pbench-search verify}
 * (docs/benchmarks.md, "Item bank: import and search"). The database is {@code BENCH_DB_URL}
 * (default {@code jdbc:mariadb://127.0.0.1:3306/}, user {@code BENCH_DB_USER} root, no password).
 */
public final class SearchBenchmark {

    private static final String DATABASE = "khaothi_bench_search";
    private static final String[] SUBJECTS = {"MATH", "PHYSICS", "CHEMISTRY", "BIOLOGY", "LITERATURE"};
    private static final int[] GRADES = {6, 7, 8, 9};
    private static final int CHAPTERS = 10;
    private static final String[] LEVELS = {"NB", "TH", "VD", "VDC"};
    private static final String[] TYPES = {"SINGLE_CHOICE", "SINGLE_CHOICE", "SINGLE_CHOICE", "MULTIPLE_RESPONSE",
            "TRUE_FALSE_CLUSTER", "SHORT_NUMERIC", "ESSAY"};
    private static final String[] STATUSES = {"PUBLISHED", "PUBLISHED", "PUBLISHED", "DRAFT", "SUBMITTED",
            "GROUP_APPROVED", "RETIRED"};
    private static final String[] PHRASES = {"Căn bậc hai số học của", "Phương trình bậc hai", "Hệ hai phương trình",
            "Hàm số đồng biến", "Tam giác vuông", "Đường tròn nội tiếp", "Góc ở tâm", "Xác suất của biến cố",
            "Tần số tương đối", "Hình trụ có bán kính", "Định luật Ôm", "Phản ứng oxi hóa khử", "Tế bào nhân thực",
            "Đọc đoạn trích sau", "Giá trị của biểu thức", "Nghiệm của bất phương trình", "Diện tích hình quạt",
            "Vận tốc trung bình", "Khối lượng mol", "Biện pháp tu từ"};
    private static final String[] WORDS = {"tính", "cho", "biết", "rằng", "giá trị", "bằng", "khi", "với", "số",
            "học sinh", "đoạn", "thẳng", "điểm", "cạnh", "góc", "nhọn", "lớn nhất", "nhỏ nhất", "chứng minh",
            "thực tế", "bài toán", "đại lượng", "tỉ lệ", "phần trăm", "trung bình", "xác định", "kết quả"};
    private static final String[] TAGS = {"căn bậc hai", "phương trình", "hàm số", "hình học", "thống kê", "xác suất",
            "điện học", "cơ học", "hóa vô cơ", "di truyền", "nghị luận", "thơ", "thực tế", "ôn thi vào 10", "nâng cao"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String url = env("BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
        String user = env("BENCH_DB_USER", "root");
        String password = env("BENCH_DB_PASSWORD", "");
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try (Connection db = DriverManager.getConnection(url + DATABASE + "?useBulkStmts=true&rewriteBatchedStatements=true",
                user, password)) {
            migrate(db);
            long started = System.nanoTime();
            populate(db, items, new Random(42));
            System.out.printf("bank: %,d items, %d subjects x %d grades x %d chapters, written in %,d ms%n", items,
                    SUBJECTS.length, GRADES.length, CHAPTERS, (System.nanoTime() - started) / 1_000_000);
            try (Statement s = db.createStatement()) {
                s.execute("ANALYZE TABLE bank_item, bank_item_tag, bank_curriculum_node");
            }
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT @@version, @@innodb_buffer_pool_size")) {
                r.next();
                System.out.printf("server: MariaDB %s, buffer pool %,d MiB%n", r.getString(1), r.getLong(2) >> 20);
            }
            measure(db, items, rounds);
        }
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }

    /** The bank's Flyway migrations, in order (the benchmark needs no other module's tables). */
    private static void migrate(Connection db) throws IOException, SQLException {
        for (String file : List.of("V2026_11_22_10__item_bank.sql", "V2026_11_22_11__item_bank_search_key.sql")) {
            String sql;
            try (InputStream in = SearchBenchmark.class.getResourceAsStream("/db/migration/" + file)) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            StringBuilder stripped = new StringBuilder();
            for (String line : sql.split("\n")) {
                int comment = line.indexOf("--");
                stripped.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
            }
            try (Statement s = db.createStatement()) {
                for (String statement : stripped.toString().split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
        }
    }

    private static void populate(Connection db, int items, Random random) throws SQLException {
        db.setAutoCommit(false);
        List<long[]> chapters = new ArrayList<>();  // {id, subjectIndex, grade}
        try (PreparedStatement node = db.prepareStatement("INSERT INTO bank_curriculum_node "
                + "(subject_code, grade, parent_id, kind, code, title, position) VALUES (?, ?, NULL, 'CHAPTER', ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int s = 0; s < SUBJECTS.length; s++) {
                for (int g : GRADES) {
                    for (int c = 1; c <= CHAPTERS; c++) {
                        node.setString(1, SUBJECTS[s]);
                        node.setInt(2, g);
                        node.setString(3, "C" + c);
                        node.setString(4, "Chương " + c);
                        node.setInt(5, c);
                        node.executeUpdate();
                        try (ResultSet keys = node.getGeneratedKeys()) {
                            keys.next();
                            chapters.add(new long[] {keys.getLong(1), s, g});
                        }
                    }
                }
            }
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 11, 22, 8, 0));
        try (PreparedStatement item = db.prepareStatement("INSERT INTO bank_item (id, subject_code, grade, chapter_id, "
                + "item_type, level, status, points, name, stem_text, search_key, current_version, author, created_at, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, 1, 'bench', ?, ?)");
             PreparedStatement tag = db.prepareStatement("INSERT INTO bank_item_tag (item_id, tag_key, tag, subject_code, grade) VALUES (?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= items; id++) {
                long[] chapter = chapters.get(random.nextInt(chapters.size()));
                String[] tags = random.nextInt(3) == 0 ? new String[] {TAGS[random.nextInt(TAGS.length)]}
                        : new String[] {TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)]};
                if (tags.length == 2 && tags[0].equals(tags[1])) {
                    tags = new String[] {tags[0]};
                }
                String stem = stem(random);
                item.setLong(1, id);
                item.setString(2, SUBJECTS[(int) chapter[1]]);
                item.setInt(3, (int) chapter[2]);
                item.setLong(4, chapter[0]);
                item.setString(5, TYPES[random.nextInt(TYPES.length)]);
                item.setString(6, LEVELS[random.nextInt(LEVELS.length)]);
                item.setString(7, STATUSES[random.nextInt(STATUSES.length)]);
                item.setBigDecimal(8, new BigDecimal("0.25"));
                item.setString(9, stem);
                item.setString(10, SearchKey.of(stem + " " + String.join(" ", tags)));
                item.setTimestamp(11, now);
                item.setTimestamp(12, now);
                item.addBatch();
                for (String t : tags) {
                    tag.setLong(1, id);
                    tag.setString(2, SearchText.fold(t));
                    tag.setString(3, t);
                    tag.setString(4, SUBJECTS[(int) chapter[1]]);
                    tag.setInt(5, (int) chapter[2]);
                    tag.addBatch();
                }
                if (id % 2000 == 0 || id == items) {
                    item.executeBatch();
                    tag.executeBatch();
                    db.commit();
                }
            }
        }
        db.setAutoCommit(true);
    }

    private static String stem(Random random) {
        StringBuilder s = new StringBuilder(PHRASES[random.nextInt(PHRASES.length)]);
        int words = 12 + random.nextInt(25);
        for (int i = 0; i < words; i++) {
            s.append(' ').append(random.nextInt(8) == 0 ? String.valueOf(random.nextInt(100)) : WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('?').toString();
    }

    /** The searches a teacher makes, each as the application runs it: count, then one page. */
    private static Map<String, ItemQuery> searches() {
        Map<String, ItemQuery> q = new LinkedHashMap<>();
        q.put("subject+grade", new ItemQuery("MATH", 9, null, null, null, null, null, null, 0, 20));
        q.put("subject+grade+chapter", new ItemQuery("MATH", 9, "C3", null, null, null, null, null, 0, 20));
        q.put("+chapter+level, page 2", new ItemQuery("MATH", 9, "C3", "TH", null, null, null, null, 2, 20));
        q.put("+status+level", new ItemQuery("PHYSICS", 8, null, "VD", null, null, null, "PUBLISHED", 0, 20));
        q.put("+type", new ItemQuery("CHEMISTRY", 7, null, null, "TRUE_FALSE_CLUSTER", null, null, null, 0, 20));
        q.put("+tag", new ItemQuery("MATH", 9, null, null, null, "can bac hai", null, null, 0, 20));
        q.put("+q \"can bac hai\"", new ItemQuery("MATH", 9, null, null, null, null, "can bac hai", null, 0, 20));
        q.put("+chapter+q \"Phương trình bậc hai\"", new ItemQuery("MATH", 9, "C6", null, null, null,
                "Phương trình bậc hai", "PUBLISHED", 0, 20));
        q.put("whole bank, q \"duong tron noi tiep\"", new ItemQuery(null, null, null, null, null, null,
                "duong tron noi tiep", null, 0, 20));
        q.put("whole bank, status", new ItemQuery(null, null, null, null, null, null, null, "SUBMITTED", 0, 20));
        return q;
    }

    private static void measure(Connection db, int items, int rounds) throws SQLException {
        Map<String, ItemQuery> searches = searches();
        List<Double> all = new ArrayList<>();
        Map<String, double[]> perQuery = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        // Warm-up: the first rounds load pages into the buffer pool and prepare the statements.
        for (int w = 0; w < 5; w++) {
            for (ItemQuery q : searches.values()) {
                search(db, q);
            }
        }
        for (var e : searches.entrySet()) {
            double[] times = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                long total = search(db, e.getValue());
                times[r] = (System.nanoTime() - t0) / 1e6;
                totals.put(e.getKey(), total);
                all.add(times[r]);
            }
            perQuery.put(e.getKey(), times);
        }
        Random random = new Random(7);
        double[] baseline = new double[searches.size() * rounds];
        try (PreparedStatement byId = db.prepareStatement("SELECT i.id, i.item_type, i.level, c.code, c.title, i.stem_text, "
                + "i.points, i.status, i.subject_code, i.grade, i.name, i.current_version, i.exposure_count "
                + "FROM bank_item i JOIN bank_curriculum_node c ON c.id = i.chapter_id WHERE i.id = ?")) {
            for (int r = 0; r < 200; r++) {
                byId.setLong(1, 1 + random.nextInt(items));
                try (ResultSet rs = byId.executeQuery()) {
                    rs.next();
                }
            }
            for (int r = 0; r < baseline.length; r++) {
                long t0 = System.nanoTime();
                byId.setLong(1, 1 + random.nextInt(items));
                try (ResultSet rs = byId.executeQuery()) {
                    rs.next();
                }
                baseline[r] = (System.nanoTime() - t0) / 1e6;
            }
        }
        System.out.printf("%n%-40s %10s %8s %8s %8s%n", "search (count + page of 20)", "matches", "p50 ms", "p95 ms", "max ms");
        for (var e : perQuery.entrySet()) {
            double[] t = e.getValue();
            System.out.printf("%-40s %,10d %8.2f %8.2f %8.2f%n", e.getKey(), totals.get(e.getKey()), pct(t, 50), pct(t, 95),
                    Arrays.stream(t).max().orElse(0));
        }
        double[] every = all.stream().mapToDouble(Double::doubleValue).toArray();
        // Filtered = at least one filter besides free text (the page always sends subject and grade).
        double[] filtered = perQuery.entrySet().stream().filter(e -> !e.getKey().startsWith("whole bank, q"))
                .flatMapToDouble(e -> Arrays.stream(e.getValue())).toArray();
        System.out.printf("%-40s %10s %8.2f %8.2f %8.2f%n", "FILTERED SEARCHES (" + filtered.length + ")", "",
                pct(filtered, 50), pct(filtered, 95), Arrays.stream(filtered).max().orElse(0));
        System.out.printf("%-40s %10s %8.2f %8.2f %8.2f%n", "ALL SEARCHES (" + every.length + ")", "", pct(every, 50),
                pct(every, 95), Arrays.stream(every).max().orElse(0));
        System.out.printf("%-40s %10s %8.2f %8.2f %8.2f%n", "baseline: same row by primary key", "1", pct(baseline, 50),
                pct(baseline, 95), Arrays.stream(baseline).max().orElse(0));
        System.out.printf("%nratio p95 filtered search / p95 primary key: %.1f x; target p95 < 50 ms: %s"
                        + " (all searches incl. whole-bank free text: p95 %.2f ms, %s)%n",
                pct(filtered, 95) / pct(baseline, 95), pct(filtered, 95) < 50 ? "MET" : "NOT MET", pct(every, 95),
                pct(every, 95) < 50 ? "met" : "not met");
    }

    /** One search as {@code ItemBank.search} runs it: the count, then the page when there is one. */
    private static long search(Connection db, ItemQuery query) throws SQLException {
        ItemSearchSql sql = ItemSearchSql.of(query);
        long total;
        try (PreparedStatement count = bind(db.prepareStatement(sql.countSql()), sql.countParams());
             ResultSet r = count.executeQuery()) {
            r.next();
            total = r.getLong(1);
        }
        if (total > (long) query.page() * query.size()) {
            try (PreparedStatement page = bind(db.prepareStatement(sql.pageSql()), sql.pageParams(query));
                 ResultSet r = page.executeQuery()) {
                while (r.next()) {
                    r.getString(6);
                }
            }
        }
        return total;
    }

    private static PreparedStatement bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
        return s;
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

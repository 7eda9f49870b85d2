package vn.khaothi.itembank.infrastructure.format;

import java.util.Map;
import vn.khaothi.itembank.application.importing.ImportedChapter;

/**
 * Moodle category paths ({@code $course$/top/A/B}) as chapters: the context prefix and "top" are
 * dropped, each level becomes a chapter whose key is its path ("A/B") and whose parent is the path
 * above it. Used by the GIFT and Moodle XML readers.
 */
public final class CategoryPaths {

    private CategoryPaths() {
    }

    /** The key of the path's last level, registering it and every missing parent. */
    public static String register(String moodlePath, Map<String, ImportedChapter> chapters) {
        String key = normalise(moodlePath);
        String parent = "";
        String path = "";
        for (String level : key.split("/")) {
            if (level.isEmpty()) {
                continue;
            }
            path = path.isEmpty() ? level : path + "/" + level;
            if (!chapters.containsKey(path)) {
                chapters.put(path, new ImportedChapter(path, level, "", "", parent));
            }
            parent = path;
        }
        return path;
    }

    public static String normalise(String moodlePath) {
        String p = moodlePath.strip();
        if (p.startsWith("$") && p.indexOf('$', 1) > 0) {
            p = p.substring(p.indexOf('$', 1) + 1);
        }
        p = p.replaceAll("^/+", "");
        if (p.equals("top") || p.startsWith("top/")) {
            p = p.substring(3);
        }
        return p.replaceAll("^/+|/+$", "");
    }
}

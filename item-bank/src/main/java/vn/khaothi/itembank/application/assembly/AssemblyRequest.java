package vn.khaothi.itembank.application.assembly;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import vn.khaothi.itembank.domain.blueprint.Blueprint;

/**
 * Everything one assembly needs. The same request (the same candidates in any order, the same seed)
 * always gives the same paper.
 *
 * @param blueprint             the matrix to meet exactly
 * @param candidates            published bank items that may be used (the caller filters by subject and state)
 * @param versionCodes          the codes printed on the versions, e.g. "101".."124"; one version per code
 * @param mode                  same items in every version, or parallel forms
 * @param exposure              how recently used items are treated
 * @param allowSharedItems      in {@link AssemblyMode#PARALLEL_FORMS}, whether a cell with fewer than
 *                              count × versions items may share items between versions (with a warning)
 *                              instead of failing
 * @param seed                  the seed of every random choice
 */
public record AssemblyRequest(
        Blueprint blueprint,
        List<CandidateItem> candidates,
        List<String> versionCodes,
        AssemblyMode mode,
        ExposurePolicy exposure,
        boolean allowSharedItems,
        long seed) {

    public AssemblyRequest {
        Objects.requireNonNull(blueprint, "blueprint");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(exposure, "exposure");
        candidates = List.copyOf(candidates);
        versionCodes = List.copyOf(versionCodes);
        if (versionCodes.isEmpty()) {
            throw new IllegalArgumentException("at least one version code is needed");
        }
        Set<String> seen = new HashSet<>();
        for (String code : versionCodes) {
            if (code == null || code.isBlank() || !seen.add(code)) {
                throw new IllegalArgumentException("version codes must be distinct and not blank: " + versionCodes);
            }
        }
    }

    /** Consecutive numeric codes, e.g. {@code sequentialCodes(101, 24)} → "101".."124". */
    public static List<String> sequentialCodes(int first, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
        return IntStream.range(first, first + count).mapToObj(Integer::toString).toList();
    }

    public int versionCount() {
        return versionCodes.size();
    }
}

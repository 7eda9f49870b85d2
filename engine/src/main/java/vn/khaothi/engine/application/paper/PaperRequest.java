package vn.khaothi.engine.application.paper;

import java.util.List;
import vn.khaothi.itembank.application.assembly.AssemblyMode;
import vn.khaothi.itembank.application.assembly.ExposurePolicy;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;

/**
 * What a subject group asks for when it generates a paper (api-contract.md "Papers").
 *
 * @param versionCodes    the codes of the versions (mã đề), e.g. "101".."104"
 * @param mode            same items reshuffled, or parallel forms
 * @param exposure        how items used by recent approved papers of the same grade are treated
 * @param supersedes      the paper this one replaces (a change after approval), or null
 */
public record PaperRequest(String title, String subjectCode, int grade, String kind, List<String> versionCodes,
                           long seed, AssemblyMode mode, ExposurePolicy exposure, int durationMinutes,
                           List<BlueprintCell> cells, Long supersedes) {

    public PaperRequest {
        versionCodes = List.copyOf(versionCodes);
        cells = List.copyOf(cells);
    }
}

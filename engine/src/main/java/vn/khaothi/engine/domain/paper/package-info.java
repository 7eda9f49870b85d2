/**
 * Papers (đề kiểm tra) as a domain: {@link vn.khaothi.engine.domain.paper.Paper} with its
 * {@link vn.khaothi.engine.domain.paper.PaperStatus} and the approval steps as a table. No
 * persistence, no container: the paper service of {@code application.paper} loads, decides and stores
 * through {@link vn.khaothi.engine.domain.paper.PaperRepository} and
 * {@link vn.khaothi.engine.domain.paper.BlueprintRepository}, implemented in {@code infrastructure.paper}.
 */
package vn.khaothi.engine.domain.paper;

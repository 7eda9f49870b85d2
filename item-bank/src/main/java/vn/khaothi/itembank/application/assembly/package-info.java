/**
 * Paper assembly: from a blueprint (ma trận đề) and published bank items to the versions (mã đề) of a
 * paper with their answer keys. A container-free library; the application service maps bank items to
 * {@link vn.khaothi.itembank.application.assembly.CandidateItem} and calls
 * {@link vn.khaothi.itembank.application.assembly.PaperAssembler#assemble}.
 *
 * <p>Pipeline: {@code CandidatePool} (index, rank per cell) → {@code FormBuilder} (availability check
 * reporting every short cell, greedy stratified deal) → {@code DifficultyBalancer} (local search, parallel
 * forms only) → {@code VersionWriter} (shuffles and keys). {@link
 * vn.khaothi.itembank.application.assembly.AssemblyVerifier} re-checks a result independently.
 */
package vn.khaothi.itembank.application.assembly;

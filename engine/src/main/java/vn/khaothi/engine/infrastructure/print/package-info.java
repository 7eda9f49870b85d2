/**
 * Print outputs of a paper (in đề): the PDF of one version (mã đề), the bubble answer sheet (phiếu trả lời
 * trắc nghiệm) and the answer key table of all versions as PDF and Excel. A library without a container:
 * inputs are plain records ({@link vn.khaothi.engine.infrastructure.print.PrintablePaper},
 * {@link vn.khaothi.engine.infrastructure.print.VersionKey}); Vietnamese text is set in Liberation Serif
 * (SIL OFL 1.1), embedded as a subset; LaTeX math is typeset with JLaTeXMath into high-resolution images
 * placed inline on the text baseline.
 */
package vn.khaothi.engine.infrastructure.print;

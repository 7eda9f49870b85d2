/**
 * The blueprint of a paper — ma trận đề with its bản đặc tả (TT22 Art. 7): ordered parts of cells
 * (chapter × cognitive level × item type, count, points each), checked to add up to the 10-point scale.
 */
package vn.khaothi.itembank.domain.blueprint;

/**
 * Automatic layout in the grammar of the reference diagrams: places every element and sizes every container of a
 * diagram (on-premises on the left, the links to Azure in the middle, the hub next, spokes in wrapping columns to the
 * right), lays out new elements around what the user placed by hand, and finds free room for drops and pastes.
 * Core: no toolkit.
 */
package dev.hybridnet.layout;

/**
 * Every change to a diagram: the sealed {@link dev.hybridnet.command.Command} records, each a pure function from
 * the diagram before to the diagram after, and {@link dev.hybridnet.command.History}, which keeps the snapshots
 * for undo and redo. Undo restores the snapshot taken before a command, so no command writes an inverse. Also the
 * rules commands and tools share: where an element may go ({@link dev.hybridnet.command.Placement}), fresh ids,
 * new elements from the palette ({@link dev.hybridnet.command.Blueprint}) and the wording of labels and refusals.
 *
 * <p>Depends on {@code model}, {@code catalog} and {@code geometry}; never on a toolkit.
 */
package dev.hybridnet.command;

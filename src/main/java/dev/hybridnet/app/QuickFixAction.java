package dev.hybridnet.app;

import dev.hybridnet.editor.Editor;
import dev.hybridnet.fixes.QuickFix;
import dev.hybridnet.fixes.QuickFixes;
import dev.hybridnet.validation.Finding;
import java.util.Optional;

/**
 * Quick fixes for the window's panels: whether a finding has one, and applying it through the editor's history
 * (one undo step, labelled like the fix). The fix is worked out from the diagram as it is now, so a finding from a
 * validation that is a step behind cannot apply a stale change. The inspector and the problems panel share this.
 */
final class QuickFixAction {

    private QuickFixAction() {
    }

    /** The fix of {@code finding} for the editor's current diagram; empty when there is none. */
    static Optional<QuickFix> available(Editor editor, Finding finding) {
        return QuickFixes.forFinding(editor.diagram(), finding);
    }

    /**
     * Applies the quick fix of {@code finding}. True when the diagram changed; false when the finding has no fix
     * (any more) or the editor refused it, in which case its status says why.
     */
    static boolean apply(Editor editor, Finding finding) {
        return available(editor, finding).map(fix -> editor.execute(fix.command())).orElse(false);
    }
}

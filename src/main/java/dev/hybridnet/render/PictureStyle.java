package dev.hybridnet.render;

import dev.hybridnet.model.Diagram;

/** The two ways a diagram becomes a picture: in full as laid out, or as a compact Architecture Center card. */
public enum PictureStyle {
    /** The whole diagram as laid out, fitted to its content with a margin. */
    FULL,
    /** The 320 x 144 card composition of the reference architecture the diagram realises. */
    CARD;

    /** The drawing of {@code diagram} in this style; decorations apply to the full style only. */
    public Drawing draw(Diagram diagram, Decorations decorations) {
        return this == CARD ? new CardRenderer().render(diagram) : new DiagramRenderer().render(diagram, decorations);
    }
}

package dev.hybridnet.imports.terraform;

/** Terraform JSON that cannot be imported at all; the message says why, in a user's words, without the file name. */
public final class TerraformException extends Exception {

    private static final long serialVersionUID = 1L;

    public TerraformException(String message) {
        super(message);
    }
}
